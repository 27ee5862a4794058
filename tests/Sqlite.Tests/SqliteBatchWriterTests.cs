using Microsoft.Data.Sqlite;

namespace MockInterview.Sqlite.Tests;

public sealed class SqliteBatchWriterTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new($"Data Source=batch-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
    private int batchesLost;
    private SqliteBatchWriter writer = null!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE items (id INTEGER PRIMARY KEY, value TEXT NOT NULL)";
        await create.ExecuteNonQueryAsync();
        writer = new SqliteBatchWriter(connection, checkpointer: null, onBatchLost: () => Interlocked.Increment(ref batchesLost));
    }

    public async Task DisposeAsync()
    {
        await writer.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task ExecuteAsync_ManyConcurrentWrites_AllCommittedInOrder()
    {
        var writes = Enumerable.Range(1, 500).Select(i => writer.ExecuteAsync(c => InsertAsync(c, i, $"v{i}"), default)).ToList();

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(500L, await ScalarAsync("SELECT count(*) FROM items"));
        Assert.Equal(500L, await ScalarAsync("SELECT max(id) FROM items"));
        Assert.Equal(0, batchesLost);
    }

    [Fact]
    public async Task ExecuteAsync_OneWriteThrows_OnlyThatWriteIsUndoneAndFails()
    {
        var first = writer.ExecuteAsync(c => InsertAsync(c, 1, "kept"), default);
        var failing = writer.ExecuteAsync(async c =>
        {
            await InsertAsync(c, 2, "undone");
            await InsertAsync(c, 1, "duplicate key");
        }, default);
        var last = writer.ExecuteAsync(c => InsertAsync(c, 3, "kept too"), default);

        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await last.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<SqliteException>(() => failing.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2L, await ScalarAsync("SELECT count(*) FROM items"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM items WHERE id = 2"));
        Assert.Equal(0, batchesLost);
    }

    [Fact]
    public async Task ExecuteAsync_AfterDispose_Throws()
    {
        await writer.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => { _ = writer.ExecuteAsync(c => InsertAsync(c, 1, "late"), default); });
    }

    private static async Task InsertAsync(SqliteConnection c, int id, string value)
    {
        await using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO items (id, value) VALUES ($id, $value)";
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$value", value);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var query = connection.CreateCommand();
        query.CommandText = sql;
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
