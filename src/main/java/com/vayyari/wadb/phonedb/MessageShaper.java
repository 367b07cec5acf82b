package com.vayyari.wadb.phonedb;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shapes a row of any generation into the row wadb stores: which kind it is (a person's message, or WhatsApp's
 * own system event, deleted-message stub or call, kept apart with {@code metadata.kind} as the text importer
 * does), its text, and the facts {@code messages} has no column for in {@code metadata}.
 */
final class MessageShaper {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final AddOns addOns;

    MessageShaper(AddOns addOns) {
        this.addOns = addOns;
    }

    PhoneMessage shape(RawMessage raw) {
        ObjectNode metadata = JSON.createObjectNode();
        String kind = kind(raw);
        String text = kind == null || MessageKinds.KIND_SYSTEM.equals(kind) ? text(raw) : null;
        if (kind != null) {
            metadata.put("kind", kind);
        }
        if (raw.systemAction != null && MessageKinds.KIND_SYSTEM.equals(kind)) {
            metadata.put("action", raw.systemAction);
        }
        if (raw.quotedKeyId != null && !raw.quotedKeyId.isEmpty()) {
            metadata.put("reply_to", raw.quotedKeyId);
        }
        if (MessageKinds.KIND_CALL.equals(kind)) {
            ObjectNode call = metadata.putObject("call");
            call.put("video", Boolean.TRUE.equals(raw.videoCall));
            if (raw.callDuration != null) {
                call.put("duration", raw.callDuration);
            }
            if (raw.callResult != null) {
                call.put("result", raw.callResult);
            }
        }
        if (MessageKinds.isLocation(raw.type) && raw.latitude != null && raw.longitude != null) {
            metadata.putObject("location").put("latitude", raw.latitude).put("longitude", raw.longitude);
        }
        ArrayNode reactions = addOns.reactions(raw.rowId);
        if (reactions != null) {
            metadata.set("reactions", reactions);
        }
        String latest = addOns.applyEdits(raw, text, metadata);
        String mediaType = kind == null ? MessageKinds.mediaType(raw.type) : null;
        PhoneMedia media = mediaType == null ? null : media(raw, mediaType, metadata);
        return new PhoneMessage(raw.keyId, raw.chatJid, raw.fromMe ? null : raw.senderJid, raw.fromMe,
                Math.floorDiv(raw.timestampMillis, 1000), latest, kind, mediaType, json(metadata), media);
    }

    /** Most messages have no extra facts: their "{}" needs no serializer. */
    private static String json(ObjectNode metadata) {
        return metadata.isEmpty() ? "{}" : metadata.toString();
    }

    private static String kind(RawMessage raw) {
        if (raw.revoked || raw.type == MessageKinds.DELETED) {
            return MessageKinds.KIND_DELETED;
        }
        if (raw.type == MessageKinds.CALL) {
            return MessageKinds.KIND_CALL;
        }
        if (raw.systemStatus || raw.systemAction != null || raw.type == MessageKinds.SYSTEM) {
            return MessageKinds.KIND_SYSTEM;
        }
        return null;
    }

    /** A media message's text is its caption; WhatsApp keeps it in text_data (modern) or media_caption (legacy). */
    private static String text(RawMessage raw) {
        if (MessageKinds.mediaType(raw.type) != null && raw.caption != null && !raw.caption.isEmpty()) {
            return raw.caption;
        }
        return raw.text == null || raw.text.isEmpty() ? null : raw.text;
    }

    private static PhoneMedia media(RawMessage raw, String mediaType, ObjectNode metadata) {
        ObjectNode m = metadata.putObject("media");
        String mediaKind = MessageKinds.mediaKind(raw.type);
        if (mediaKind != null) {
            m.put("kind", mediaKind);
        }
        String fileName = raw.fileName != null && !raw.fileName.isEmpty() ? raw.fileName : fileName(raw.path);
        putIfPresent(m, "mime_type", raw.mimeType);
        if (raw.size != null && raw.size > 0) {
            m.put("size", raw.size);
        }
        putIfPresent(m, "file_name", fileName);
        putIfPresent(m, "path", raw.path);
        String path = raw.path == null || raw.path.isEmpty() ? null : raw.path;
        return new PhoneMedia(mediaType, raw.mimeType, raw.size != null && raw.size > 0 ? raw.size : null, fileName,
                path);
    }

    private static String fileName(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
