// Relative to /docs, so the page also works behind a proxy that mounts the API under a path.
window.ui = SwaggerUIBundle({ url: 'openapi.json', dom_id: '#swagger-ui', deepLinking: true });
