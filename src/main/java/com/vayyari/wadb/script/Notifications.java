package com.vayyari.wadb.script;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.PGNotification;

/**
 * psql's PrintNotifications: after each statement, the NOTIFYs that arrived, to where query results go. Only those
 * pgjdbc has already read are taken: asking it to look for more polls the socket with a 1 ms timeout, which made
 * every statement of a long script 1 ms slower (a 50,000-INSERT restore took 7 times psql's time). psql reads only
 * what is already there too, without waiting.
 */
final class Notifications {

    private Notifications() {
    }

    static void print(Session session) {
        if (!session.connected()) {
            return;
        }
        try {
            PGNotification[] received = session.connection().unwrap(BaseConnection.class).getQueryExecutor()
                    .getNotifications();
            if (received == null || received.length == 0) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (PGNotification notification : received) {
                text.append("Asynchronous notification \"").append(notification.getName()).append('"');
                if (!notification.getParameter().isEmpty()) {  // psql shows a payload only when there is one
                    text.append(" with payload \"").append(notification.getParameter()).append('"');
                }
                text.append(" received from server process with PID ").append(notification.getPID()).append(".\n");
            }
            session.output().writer().write(text.toString());
            session.output().flush();
        } catch (SQLException | IOException e) {
            // a lost connection is reported by the next statement; output that cannot be written, by this one's
        }
    }
}
