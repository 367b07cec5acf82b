package com.vayyari.wadb.phonedb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's bytes (as their SHA-256) and its modification time: equal before and after means untouched. */
record SourceState(String sha256, FileTime modified) {

    static SourceState of(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return new SourceState(HexFormat.of().formatHex(digest), Files.getLastModifiedTime(file));
    }
}
