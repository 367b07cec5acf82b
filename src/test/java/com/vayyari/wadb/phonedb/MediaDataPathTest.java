package com.vayyari.wadb.phonedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The path in a legacy thumb_image, and none from anything else. */
class MediaDataPathTest {

    @Test
    void theFilesPathComesOutOfTheSerializedObject() {
        String path = "/storage/emulated/0/WhatsApp/Media/WhatsApp Documents/Rechnung März.pdf";
        assertEquals(path, MediaDataPath.of(LegacyFixtureRows.mediaData(path)));
    }

    @Test
    void otherBytesGiveNoPath() {
        assertNull(MediaDataPath.of(null));
        assertNull(MediaDataPath.of(new byte[0]));
        assertNull(MediaDataPath.of("/storage/emulated/0/WhatsApp/Media/x.jpg".getBytes(StandardCharsets.UTF_8)));
        assertNull(MediaDataPath.of(LegacyFixtureRows.mediaData("relative/WhatsApp/x.jpg")), "not absolute");
        byte[] whole = LegacyFixtureRows.mediaData("/storage/emulated/0/WhatsApp/Media/x.jpg");
        assertNull(MediaDataPath.of(java.util.Arrays.copyOf(whole, whole.length - 60)), "cut inside the path");
    }
}
