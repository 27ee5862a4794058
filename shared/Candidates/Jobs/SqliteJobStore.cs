using System.Globalization;
using Microsoft.Data.Sqlite;
using MockInterview.Candidates.Storage;

namespace MockInterview.Candidates.Jobs;

/// <summary>Job description records in the embedded candidates database.</summary>
internal sealed class SqliteJobStore(CandidateDatabase database) : IJobStore
{
    public async Task<bool> TryAddAsync(JobRecord job, int maxPerOwner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var added = false;
        await database.WriteAsync(async connection =>
        {
            // Writes run one at a time on the writer, so the count and the insert cannot interleave with another one.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO jobs (id, owner, title, text, profile_json, created_at)
                SELECT $id, $owner, $title, $text, $profile, $createdAt
                WHERE (SELECT count(*) FROM jobs WHERE owner = $owner) < $max
                """;
            command.Parameters.AddWithValue("$id", job.Id);
            command.Parameters.AddWithValue("$owner", job.Owner);
            command.Parameters.AddWithValue("$title", (object?)job.Title ?? DBNull.Value);
            command.Parameters.AddWithValue("$text", job.Text);
            command.Parameters.AddWithValue("$profile", job.ProfileJson);
            command.Parameters.AddWithValue("$createdAt", job.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$max", maxPerOwner);
            added = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<JobRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, owner, title, text, profile_json, created_at FROM jobs WHERE id = $id AND owner = $owner";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$owner", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new JobRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
    }

    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        var deleted = false;
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM jobs WHERE id = $id AND owner = $owner";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$owner", owner);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
