namespace MockInterview.Candidates.Storage;

/// <summary>Tables of the resume and job records.</summary>
internal static class CandidateSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS resumes (
          id TEXT NOT NULL PRIMARY KEY,
          owner TEXT NOT NULL,
          file_key TEXT NOT NULL,
          file_name TEXT NOT NULL,
          format TEXT NOT NULL,
          size_bytes INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          uploaded_at TEXT NOT NULL,
          page_count INTEGER NULL,
          text TEXT NOT NULL,
          profile_json TEXT NULL,
          warnings_json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS resumes_by_owner ON resumes (owner, uploaded_at);
        CREATE TABLE IF NOT EXISTS jobs (
          id TEXT NOT NULL PRIMARY KEY,
          owner TEXT NOT NULL,
          title TEXT NULL,
          text TEXT NOT NULL,
          profile_json TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS jobs_by_owner ON jobs (owner, created_at);
        """;
}
