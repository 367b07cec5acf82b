/**
 * {@code wadb generate}: deterministic, realistic demo data for the whole schema, loaded with COPY.
 * Entry point: {@link com.vayyari.wadb.generate.DemoDataGenerator}.
 *
 * <h2>What a run contains</h2>
 * <ul>
 *   <li>chats: about 30 % groups ({@code <creator>-<created>@g.us} and {@code 120363…@g.us}, 2–39 members,
 *       listed in {@code metadata.participants}), the rest direct chats with
 *       {@code <country code><number>@s.whatsapp.net} (India mostly, also UAE, US, UK, Saudi Arabia, Singapore,
 *       China, Australia, Japan, Korea), names in the contact's script, with emoji. Every chat's metadata holds
 *       {@code {"source": "wadb generate", "seed": S}}.</li>
 *   <li>messages: about a year of them, the last in the day before {@link com.vayyari.wadb.generate.GenerateOptions#end()}
 *       ({@code wadb generate --until}, by default the time of the run), none between 01:00 and 06:00 IST; a few
 *       chats carry most of the traffic; 35 % of direct and 12 % of group messages are the owner's
 *       ({@code is_from_me}, sender "Vayyari"); 12 % carry media (photo 6, video 2, audio 3, document 1);
 *       8 % reply ({@code metadata.reply_to}), 3 % are forwarded, 5 % have reactions.</li>
 *   <li>media_files: one per media message, MinIO URL {@code http://minio:9000/whatsapp-media/<jid>/<message_id>.<ext>},
 *       every upload status (the first four files take one each; then about 72 % uploaded, 18 % migrated with a
 *       {@code deeplens_url}, 4 % pending, 6 % failed; the newest 2 % are mostly pending).</li>
 *   <li>chat_tracking_state: one chat in sixteen excluded, with a reason; about 80 % of the others have a resume
 *       point in the first 90 % of the messages, 10 % of those {@code from_now}.</li>
 *   <li>processing_state: paused for maintenance some seven months in and resumed (row 1 is updated or created);
 *       this change and the tracking rows created are recorded in state_changes, as every state change is.</li>
 *   <li>seed 42 (the default) also has the chats README's examples name ({@code Showcase}):
 *       a direct chat with 919876543210@s.whatsapp.net, the busiest chat a group named exactly "Family" (excluded),
 *       and in it message 3EB0C767D2F1A4B8, "See you tomorrow", two days before the data ends.</li>
 * </ul>
 *
 * <h2>Words a search finds</h2>
 * Percent of the text (non-media) messages, about 88 % of all, whose content has the word:
 * tomorrow 5, photo 4, meeting 3, invoice 2, birthday 2, railway 1, passport 0.1. No other message contains
 * them. The rest is English chit-chat, Telugu, Hindi, Hinglish, Arabic, Chinese/Japanese/Korean and emoji.
 *
 * <h2>Repeatability</h2>
 * Same chats, messages, seed and end give the same rows byte for byte (ids too on a fresh database), whatever
 * the machine's clock, zone or locale: every value is drawn from {@link java.util.SplittableRandom}s derived
 * from the seed, floating point goes through {@link java.lang.StrictMath}, and times count back from the end.
 * Another end moves the same messages by whole days.
 */
package com.vayyari.wadb.generate;
