package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", sortOptions = false,
        description = {"Message counts per day, week or month (oldest first), or per sender or chat (most first).",
                "On a terminal a bar chart is drawn beside the numbers; files and pipes get the numbers only."},
        footer = {"", "Examples:", "  wadb stats --since 30d", "  wadb stats --by month --chat Family",
                "  wadb stats --by sender --limit 10", "  wadb --csv stats --by week > weekly.csv"})
public final class StatsCommand extends DomainCommand implements ListsRows {

    /** Column name, then the value grouped by; all constants of ours. */
    private static final Map<String, String[]> BUCKETS = Map.of(
            "day", new String[] {"day", "to_timestamp(m.\"timestamp\")::date"},
            "week", new String[] {"week", "date_trunc('week', to_timestamp(m.\"timestamp\"))::date"},
            "month", new String[] {"month", "to_char(to_timestamp(m.\"timestamp\"), 'YYYY-MM')"},
            "sender", new String[] {"sender", "CASE WHEN m.is_from_me THEN 'me' ELSE coalesce(m.sender_name, m.sender_jid) END"},
            "chat", new String[] {"chat", "coalesce(c.name, m.jid)"});

    /** 40 cells of 8 steps each; the partial cell is one of the seven eighth blocks. */
    private static final String BAR = ", repeat('█', (s.messages * 320 / max(s.messages) OVER ())::int / 8)"
            + " || substr('▏▎▍▌▋▊▉', (s.messages * 320 / max(s.messages) OVER ())::int % 8, 1) AS bar";

    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "day", completionCandidates = Choices.StatsUnits.class,
            description = "day, week, month, sender or chat (default ${DEFAULT-VALUE}).")
    String by;

    @Mixin
    MessageFilter filter;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Integer limit;

    public StatsCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        String unit = new Choices.StatsUnits().check("--by", by);
        String[] bucket = BUCKETS.get(unit);
        boolean overTime = !unit.equals("sender") && !unit.equals("chat");
        Query.Builder sql = new Query.Builder()
                .add("SELECT s." + bucket[0] + ", s.messages" + (terminal(session) ? BAR : "") + " FROM (SELECT "
                        + bucket[1] + " AS " + bucket[0] + ", count(*) AS messages"
                        + " FROM messages m JOIN chats c ON c.jid = m.jid WHERE true");
        filter.appendTo(sql, session);
        sql.add(" GROUP BY 1) s ORDER BY " + (overTime ? "1" : "2 DESC, 1")).limit("--limit", limit);
        print(session, sql.build());
        return 0;
    }
}
