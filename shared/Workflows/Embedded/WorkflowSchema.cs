namespace MockInterview.Workflows;

/// <summary>The embedded backend's tables. Times are UTC ticks.</summary>
internal static class WorkflowSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS instances(
            id TEXT PRIMARY KEY, name TEXT NOT NULL, status INTEGER NOT NULL, execution_id INTEGER NOT NULL,
            input TEXT, output TEXT, custom_status TEXT, failure TEXT,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS history(
            instance_id TEXT NOT NULL, seq INTEGER NOT NULL, event TEXT NOT NULL,
            PRIMARY KEY(instance_id, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox(
            id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, execution_id INTEGER NOT NULL, kind INTEGER NOT NULL,
            task_id INTEGER NOT NULL, visible_at INTEGER NOT NULL, event TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS inbox_by_instance ON inbox(instance_id);
        CREATE TABLE IF NOT EXISTS activities(
            id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, execution_id INTEGER NOT NULL, task_id INTEGER NOT NULL,
            name TEXT NOT NULL, input TEXT, attempt INTEGER NOT NULL, visible_at INTEGER NOT NULL, options TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS activities_by_instance ON activities(instance_id);
        CREATE TABLE IF NOT EXISTS event_keys(
            instance_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(instance_id, key)) WITHOUT ROWID;
        """;

    public const string InstanceColumns = "id, name, status, execution_id, input, output, custom_status, failure, created_at, updated_at";
}
