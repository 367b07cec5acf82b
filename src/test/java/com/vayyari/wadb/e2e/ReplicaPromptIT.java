package com.vayyari.wadb.e2e;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.ThrowawayCluster;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL prompt names the server in use when several are configured, and marks a standby. */
class ReplicaPromptIT {

    @TempDir
    Path home;

    @Test
    void promptShowsHostAndStandby() throws Exception {
        Required.tmux();
        Required.throwawayCluster();
        try (ThrowawayCluster primary = ThrowawayCluster.primary(List.of());
             ThrowawayCluster standby = primary.standby()) {
            String hosts = primary.hostPort() + "," + standby.hostPort();
            Map<String, String> env = Map.of("HOME", home.toString(), "NO_COLOR", "1");
            try (Tmux tmux = Tmux.start(env, "--url", "postgresql://postgres@" + hosts + "/postgres?target_session_attrs=standby")) {
                tmux.waitFor(s -> s.contains("postgres@127.0.0.1:" + standby.port() + "(standby)=#"), 20_000);
            }
            try (Tmux tmux = Tmux.start(env, "--url", "postgresql://postgres@" + hosts + "/postgres?target_session_attrs=read-write")) {
                tmux.waitFor(s -> s.contains("postgres@127.0.0.1:" + primary.port() + "=#"), 20_000);
            }
        }
    }
}
