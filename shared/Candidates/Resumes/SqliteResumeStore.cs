using System.Globalization;
using Microsoft.Data.Sqlite;
using MockInterview.Candidates.Storage;
using MockInterview.Documents;

namespace MockInterview.Candidates.Resumes;

using DocumentFormat = MockInterview.Documents.DocumentFormat;

/// <summary>Resume records in the embedded candidates database.</summary>
internal sealed class SqliteResumeStore(CandidateDatabase database) : IResumeStore
{
    private const string Columns =
        "id, owner, file_key, file_name, format, size_bytes, sha256, uploaded_at, page_count, text, profile_json, warnings_json";

    public async Task<bool> TryAddAsync(ResumeRecord resume, int maxPerOwner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var added = false;
        await database.WriteAsync(async connection =>
        {
            // Writes run one at a time on the writer, so the count and the insert cannot interleave with another upload.
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO resumes ({Columns})
                SELECT $id, $owner, $fileKey, $fileName, $format, $size, $sha256, $uploadedAt, $pages, $text, $profile, $warnings
                WHERE (SELECT count(*) FROM resumes WHERE owner = $owner) < $max
                """;
            command.Parameters.AddWithValue("$id", resume.Id);
            command.Parameters.AddWithValue("$owner", resume.Owner);
            command.Parameters.AddWithValue("$fileKey", resume.FileKey);
            command.Parameters.AddWithValue("$fileName", resume.FileName);
            command.Parameters.AddWithValue("$format", resume.Format.ToString());
            command.Parameters.AddWithValue("$size", resume.SizeBytes);
            command.Parameters.AddWithValue("$sha256", resume.Sha256);
            command.Parameters.AddWithValue("$uploadedAt", resume.UploadedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$pages", (object?)resume.PageCount ?? DBNull.Value);
            command.Parameters.AddWithValue("$text", resume.Text);
            command.Parameters.AddWithValue("$profile", (object?)resume.ProfileJson ?? DBNull.Value);
            command.Parameters.AddWithValue("$warnings", CandidateJson.Serialize(resume.Warnings));
            command.Parameters.AddWithValue("$max", maxPerOwner);
            added = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<ResumeRecord?> GetAsync(string owner, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, owner, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ResumeRecord?> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ResumeRecord? deleted = null;
        await database.WriteAsync(async connection =>
        {
            deleted = await ReadAsync(connection, owner, id, cancellationToken).ConfigureAwait(false);
            if (deleted is null)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM resumes WHERE id = $id AND owner = $owner";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$owner", owner);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public async Task<int> CountAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM resumes WHERE owner = $owner";
        command.Parameters.AddWithValue("$owner", owner);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<ResumeRecord?> ReadAsync(SqliteConnection connection, string owner, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM resumes WHERE id = $id AND owner = $owner";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$owner", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ResumeRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            Enum.Parse<DocumentFormat>(reader.GetString(4)),
            reader.GetInt64(5),
            reader.GetString(6),
            DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            reader.IsDBNull(8) ? null : reader.GetInt32(8),
            reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetString(10),
            CandidateJson.Deserialize<List<string>>(reader.GetString(11)));
    }
}
