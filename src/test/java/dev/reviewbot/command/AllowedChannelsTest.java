package dev.reviewbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's two {@link AllowedChannels}, held to the contract, and what the file adds: it survives a restart. */
class AllowedChannelsTest {

    @Nested
    class InMemory extends AllowedChannelsContract {
        @Override
        protected AllowedChannels store() {
            return new InMemoryAllowedChannels();
        }
    }

    @Nested
    class InAFile extends AllowedChannelsContract {
        @TempDir
        Path dir;

        @Override
        protected AllowedChannels store() {
            return new AllowedChannelsFile(dir.resolve("channels.json"));
        }

        @Test
        void theChannels_surviveARestart_andNoTemporaryFileIsLeft() throws IOException {
            Path file = dir.resolve("channels.json");
            new AllowedChannelsFile(file).update("discord:1", s -> Set.of("10", "11"));

            assertThat(new AllowedChannelsFile(file).of("discord:1")).containsExactlyInAnyOrder("10", "11");
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("channels.json");
            }
        }

        @Test
        void anUnreadableFile_isReportedInOneLine_andLeftAsItWas() throws IOException {
            Path file = dir.resolve("channels.json");
            Files.writeString(file, "{not json");

            assertThatThrownBy(() -> new AllowedChannelsFile(file)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("channels.json").hasMessageContaining("fix or remove the file").hasMessageNotContaining("\n");
            assertThat(Files.readString(file)).isEqualTo("{not json");
        }
    }
}
