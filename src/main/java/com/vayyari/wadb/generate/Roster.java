package com.vayyari.wadb.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The chats of one run and the people in them. Groups share members with the direct chats, as real contacts
 * do; a few chats carry most of the traffic (Zipf-like weights over a shuffled ranking).
 */
final class Roster {

    static final String SOURCE = "wadb generate";
    private static final double GROUP_SHARE = 0.3;
    private static final int MAX_GROUP_MEMBERS = 40;
    private static final double ZIPF_EXPONENT = 0.9;

    private final Person owner;
    private final List<Chat> chats;
    private final double[] cumulativeWeight;
    private final boolean showcase;

    private Roster(Person owner, List<Chat> chats, double[] cumulativeWeight, boolean showcase) {
        this.owner = owner;
        this.chats = chats;
        this.cumulativeWeight = cumulativeWeight;
        this.showcase = showcase;
    }

    /** The JSON every generated chat's metadata contains, to find (and delete) one seed's data. */
    static String sourceTag(long seed) {
        return "{\"source\": \"" + SOURCE + "\", \"seed\": " + seed + "}";
    }

    /**
     * {@code start}: when the data starts; chats were created before it. Only the chats' creation times (and
     * the group JIDs made from them) depend on it, so a roster made again for another start draws the same.
     */
    static Roster create(long seed, int count, long start, SplittableRandom rng) {
        PhoneBook book = new PhoneBook(rng);
        Person owner = book.owner();
        boolean showcase = Showcase.in(seed);
        List<Person> contacts = new ArrayList<>();
        Set<String> groupJids = new HashSet<>();
        List<Chat> chats = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long createdAt = start - rng.nextLong(86_400, 700L * 86_400);
            boolean group = i == Showcase.GROUP_INDEX || i > 1 && rng.nextDouble() < GROUP_SHARE;
            if (group) {
                List<Person> members = members(rng, book, contacts);
                String jid;
                do {
                    jid = groupJid(rng, members.get(0), createdAt);
                } while (!groupJids.add(jid));
                String name = Names.GROUPS.get(rng.nextInt(Names.GROUPS.size()));
                if (showcase && i == Showcase.GROUP_INDEX) {
                    name = Showcase.GROUP_NAME;
                }
                chats.add(new Chat(jid, name, true, members, createdAt, groupMetadata(seed, owner, members, rng)));
            } else {
                Person contact = showcase && i == Showcase.CONTACT_INDEX ? book.pinned(Showcase.CONTACT_DIGITS)
                        : book.next();
                contacts.add(contact);
                chats.add(new Chat(contact.jid(), contact.name(), false, List.of(contact), createdAt,
                        directMetadata(seed, rng)));
            }
        }
        boolean withGroup = showcase && count > Showcase.GROUP_INDEX;
        return new Roster(owner, List.copyOf(chats), weights(count, rng, withGroup), withGroup);
    }

    /** Whether this run has {@link Showcase}'s group (and contact): seed 42 with two chats or more. */
    boolean showcase() {
        return showcase;
    }

    Person owner() {
        return owner;
    }

    int size() {
        return chats.size();
    }

    Chat chat(int index) {
        return chats.get(index);
    }

    /** The chat a uniform {@code u} in [0, 1) falls on, by weight. */
    int pick(double u) {
        double x = u * cumulativeWeight[cumulativeWeight.length - 1];
        int lo = 0;
        int hi = cumulativeWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static List<Person> members(SplittableRandom rng, PhoneBook book, List<Person> contacts) {
        double u = rng.nextDouble();
        int size = 2 + (int) ((MAX_GROUP_MEMBERS - 2) * u * u);
        List<Person> members = new ArrayList<>(size);
        while (members.size() < size) {
            Person p = !contacts.isEmpty() && rng.nextBoolean()
                    ? contacts.get(rng.nextInt(contacts.size())) : book.next();
            if (!members.contains(p)) {
                members.add(p);
            }
        }
        return List.copyOf(members);
    }

    /** Old groups are {@code <creator>-<created>@g.us}; newer ones {@code 120363…@g.us}. */
    private static String groupJid(SplittableRandom rng, Person creator, long createdAt) {
        if (rng.nextDouble() < 0.4) {
            return creator.digits() + "-" + createdAt + "@g.us";
        }
        return "120363" + rng.nextLong(100_000_000_000L, 1_000_000_000_000L) + "@g.us";
    }

    private static String directMetadata(long seed, SplittableRandom rng) {
        String tag = sourceTag(seed);
        return tag.substring(0, tag.length() - 1) + ", \"muted\": " + (rng.nextDouble() < 0.1)
                + ", \"pinned\": " + (rng.nextDouble() < 0.05) + "}";
    }

    private static String groupMetadata(long seed, Person owner, List<Person> members, SplittableRandom rng) {
        String tag = sourceTag(seed);
        StringBuilder json = new StringBuilder(64 * members.size()).append(tag, 0, tag.length() - 1);
        Json.string(json.append(", \"created_by\": "), members.get(0).jid()).append(", \"participants\": [");
        participant(json, owner, rng.nextDouble() < 0.5);
        for (int i = 0; i < members.size(); i++) {
            participant(json.append(", "), members.get(i), i == 0);
        }
        return json.append("]}").toString();
    }

    private static void participant(StringBuilder json, Person p, boolean admin) {
        Json.string(json.append("{\"jid\": "), p.jid());
        Json.string(json.append(", \"name\": "), p.name()).append(", \"admin\": ").append(admin).append('}');
    }

    /**
     * Cumulative Zipf weights over a random ranking, so the busiest chat is not always the first; with the
     * showcase, its group is the busiest (README's examples search its last days).
     */
    private static double[] weights(int count, SplittableRandom rng, boolean showcase) {
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        if (showcase) {
            for (int i = 0; i < count; i++) {
                if (rank[i] == 0) {
                    rank[i] = rank[Showcase.GROUP_INDEX];
                    rank[Showcase.GROUP_INDEX] = 0;
                    break;
                }
            }
        }
        double[] cumulative = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += 1.0 / StrictMath.pow(rank[i] + 1, ZIPF_EXPONENT);
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
