package dev.reviewbot.state;

import dev.reviewbot.command.AllowedChannels;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * {@link AllowedChannels} in PostgreSQL, shared by every process: an update locks the space's row
 * (SELECT ... FOR UPDATE, after making the row if it is new), so two admins changing one list at once on two
 * processes keep both changes.
 */
public final class PostgresAllowedChannels implements AllowedChannels {

    private final Sql sql;

    public PostgresAllowedChannels(DataSource database) {
        this.sql = new Sql(database);
    }

    @Override
    public Set<String> of(String space) {
        String key = checked(space);
        return sql.first("SELECT channels FROM chat_allowed_channels WHERE space = ?", s -> s.setString(1, key),
                row -> channels(row.getArray(1))).orElse(Set.of());
    }

    @Override
    public Set<String> update(String space, UnaryOperator<Set<String>> change) {
        String key = checked(space);
        return sql.transaction("UPDATE chat_allowed_channels", connection -> {
            try (PreparedStatement make = connection.prepareStatement(
                    "INSERT INTO chat_allowed_channels (space, channels) VALUES (?, '{}') ON CONFLICT DO NOTHING")) {
                make.setString(1, key);
                make.executeUpdate();
            }
            Set<String> now;
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT channels FROM chat_allowed_channels WHERE space = ? FOR UPDATE")) {
                lock.setString(1, key);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    now = channels(row.getArray(1));
                }
            }
            Set<String> changed = Set.copyOf(change.apply(now));
            try (PreparedStatement store = connection.prepareStatement(
                    "UPDATE chat_allowed_channels SET channels = ? WHERE space = ?")) {
                store.setArray(1, connection.createArrayOf("text", changed.toArray()));
                store.setString(2, key);
                store.executeUpdate();
            }
            return changed;
        });
    }

    private static String checked(String space) {
        if (space == null || space.isBlank()) {
            throw new IllegalArgumentException("allowed channels are kept per server or workspace; none was given");
        }
        return space;
    }

    private static Set<String> channels(Array array) throws java.sql.SQLException {
        return Set.of((String[]) array.getArray());
    }
}
