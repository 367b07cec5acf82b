package com.vayyari.wadb.command;

import java.util.Iterator;
import java.util.List;

/**
 * The fixed values an option takes, named once for both ends: picocli's {@code completionCandidates} (so Tab,
 * and anything else reading the picocli model, offers them) and the check the command makes before running.
 */
abstract class Choices implements Iterable<String> {

    private final List<String> values;

    Choices(String... values) {
        this.values = List.of(values);
    }

    @Override
    public Iterator<String> iterator() {
        return values.iterator();
    }

    /** {@code value} as one of these, case-insensitively, or null if none was given; else a usage error. */
    String check(String option, String value) {
        return Arguments.oneOf(option, value, values.toArray(String[]::new));
    }

    /** {@code stats --by}. */
    static final class StatsUnits extends Choices {
        StatsUnits() {
            super("day", "week", "month", "sender", "chat");
        }
    }

    /** {@code search --by}. */
    static final class SearchOrders extends Choices {
        SearchOrders() {
            super("time", "rank");
        }
    }

    /** {@code media --type} and {@code --media}: the media types messages and files have. */
    static final class MediaTypes extends Choices {
        MediaTypes() {
            super("photo", "video", "audio", "document");
        }
    }

    /** {@code media --status}: where a file's upload stands. */
    static final class UploadStatuses extends Choices {
        UploadStatuses() {
            super("pending", "uploaded", "migrated", "failed");
        }
    }
}
