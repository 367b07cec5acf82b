package com.vayyari.wadb.phonedb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reactions in iOS receipt blobs, and nothing from blobs of another shape. */
class ReceiptReactionsTest {

    private static final String ANNA = "4915111111111@s.whatsapp.net";
    private static final String LID = "123456789012345@lid";

    private static byte[] reaction(String jid, String emoji) {
        return Protobuf.message(Protobuf.text(2, jid), Protobuf.text(3, emoji), Protobuf.number(4, 1_700_000_000_000L));
    }

    @Test
    void reactionsAreFoundAtAnyDepthInOrder() {
        byte[] blob = Protobuf.message(Protobuf.bytes(1, Protobuf.message(Protobuf.text(1, ANNA))),
                Protobuf.bytes(5, Protobuf.message(Protobuf.bytes(1, reaction(ANNA, "👍")),
                        Protobuf.bytes(1, Protobuf.bytes(7, reaction(LID, "👩‍👩‍👧"))))));
        assertEquals(List.of(new ReceiptReactions.Reaction(ANNA, "👍"), new ReceiptReactions.Reaction(LID, "👩‍👩‍👧")),
                ReceiptReactions.parse(blob));
    }

    @Test
    void aJidWithoutAnEmojiOrWordsInPlaceOfOneAreNoReaction() {
        assertEquals(List.of(), ReceiptReactions.parse(Protobuf.message(Protobuf.text(2, ANNA), Protobuf.number(3, 5))));
        assertEquals(List.of(), ReceiptReactions.parse(reaction(ANNA, "ok")));
        assertEquals(List.of(), ReceiptReactions.parse(reaction("someone", "👍")));
    }

    @Test
    void brokenBlobsYieldNothingAndNeverFail() {
        byte[] whole = Protobuf.bytes(5, reaction(ANNA, "👍"));
        for (int cut = 0; cut < whole.length; cut++) {
            assertEquals(List.of(), ReceiptReactions.parse(Arrays.copyOf(whole, cut)), "cut at " + cut);
        }
        assertEquals(List.of(), ReceiptReactions.parse(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}));
        assertEquals(List.of(), ReceiptReactions.parse(new byte[] {0x0a, 0x7f}));  // a length past the end
        assertEquals(List.of(), ReceiptReactions.parse(null));
    }
}
