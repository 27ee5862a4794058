namespace MockInterview.Storage.Queues;

/// <summary>Tables of the queue database: messages and worker heartbeats. Times are Unix milliseconds.</summary>
internal static class QueueSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS queue_messages (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          queue TEXT NOT NULL,
          id TEXT NOT NULL UNIQUE,
          body TEXT NOT NULL,
          inserted_at INTEGER NOT NULL,
          visible_at INTEGER NOT NULL,
          dequeue_count INTEGER NOT NULL DEFAULT 0,
          lease_token TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS queue_messages_visible ON queue_messages (queue, visible_at);
        CREATE TABLE IF NOT EXISTS heartbeats (
          grp TEXT NOT NULL,
          id TEXT NOT NULL,
          json TEXT NOT NULL,
          last_seen INTEGER NOT NULL,
          PRIMARY KEY (grp, id)
        ) WITHOUT ROWID;
        """;
}
