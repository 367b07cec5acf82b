package com.vayyari.wadb.generate;

import java.time.Duration;

/**
 * What one {@link DemoDataGenerator#generate} run stored.
 *
 * @param seed          the seed used
 * @param chats         rows in {@code chats}
 * @param groups        how many of them are groups
 * @param messages      rows in {@code messages}
 * @param mediaFiles    rows in {@code media_files} (one per media message)
 * @param trackedChats  rows in {@code chat_tracking_state}
 * @param excludedChats how many of those are excluded
 * @param elapsed       wall time, from the first row generated to the commit
 */
public record GenerateReport(long seed, long chats, long groups, long messages, long mediaFiles,
                             long trackedChats, long excludedChats, Duration elapsed) {
}
