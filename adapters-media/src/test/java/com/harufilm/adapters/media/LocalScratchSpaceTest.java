package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalScratchSpaceTest {

    @TempDir
    Path root;

    @Test
    void aJobFolderListsItsFilesAndIsGoneWhenClosed() throws Exception {
        var space = LocalScratchSpace.clearedAt(root.resolve("scratch"));
        Path folder;
        try (var scratch = space.open("video-1")) {
            folder = scratch.path();
            Files.createDirectories(folder.resolve("hls/720p"));
            Files.writeString(folder.resolve("hls/720p/index.m3u8"), "#EXTM3U");
            Files.writeString(folder.resolve("hls/master.m3u8"), "#EXTM3U");
            Files.writeString(folder.resolve("source"), "bytes");

            assertEquals(List.of("hls/720p/index.m3u8", "hls/master.m3u8"), scratch.filesUnder("hls"));
        }
        assertFalse(Files.exists(folder));
    }

    @Test
    void leftoversOfAKilledWorkerAreClearedAtTheNextStart() throws Exception {
        Path scratchRoot = root.resolve("scratch");
        Files.createDirectories(scratchRoot.resolve("video-9-crashed/hls"));
        Files.writeString(scratchRoot.resolve("video-9-crashed/hls/seg_000.ts"), "half");

        LocalScratchSpace.clearedAt(scratchRoot);

        assertTrue(Files.isDirectory(scratchRoot));
        try (var left = Files.list(scratchRoot)) {
            assertEquals(0, left.count());
        }
    }
}
