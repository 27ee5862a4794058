using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MockInterview.Interviewing.Planning;

/// <summary>The parsed texts and target skills of recent candidates, so that the questions after the plan (adaptive
/// swaps, extra questions) and re-plans do not parse the same resume again. Keyed by a SHA-256 of the texts; the values
/// are parsed resumes, so this is personal data held in memory only: at most <see cref="Capacity"/> candidates, emptied
/// when full, never written anywhere, gone with the process. A deleted resume's reading can stay here until then.</summary>
internal sealed class ReadingCache
{
    /// <summary>At most this many candidates are kept.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, (CandidateReading Reading, IReadOnlyList<SkillTarget> Targets)> _entries = new(StringComparer.Ordinal);

    public (CandidateReading Reading, IReadOnlyList<SkillTarget> Targets) Get(
        CandidateProfile candidate, DateOnly asOf, Func<(CandidateReading, IReadOnlyList<SkillTarget>)> read)
    {
        if (string.IsNullOrWhiteSpace(candidate.ResumeText) && string.IsNullOrWhiteSpace(candidate.JobDescription))
        {
            return (CandidateReading.None, []);
        }

        var key = Key(candidate, asOf);
        if (_entries.TryGetValue(key, out var found))
        {
            return found;
        }

        var entry = read();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries.TryAdd(key, entry);
        return entry;
    }

    private static string Key(CandidateProfile candidate, DateOnly asOf)
    {
        var text = string.Join('\u001f', candidate.ResumeText ?? string.Empty, candidate.JobDescription ?? string.Empty, candidate.Name ?? string.Empty, asOf.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
