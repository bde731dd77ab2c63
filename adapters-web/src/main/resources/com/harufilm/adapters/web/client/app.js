// The web client starts here.
document.getElementById("app").textContent = "Haru Film";
