using System.Text.RegularExpressions;

namespace MockInterview.Resumes.Profiles;

/// <summary>Reads degrees: level, field, institution and graduation year, one entry per degree or school.</summary>
internal static partial class EducationReader
{
    public static List<EducationEntry> Read(IReadOnlyList<string> lines)
    {
        var entries = new List<EducationEntry>();
        string? degree = null;
        string? field = null;
        string? institution = null;
        int? year = null;
        var level = DegreeLevel.Unknown;

        void Flush()
        {
            if (degree is not null || institution is not null)
            {
                entries.Add(new EducationEntry(degree, level, field, institution, year));
            }

            degree = field = institution = null;
            year = null;
            level = DegreeLevel.Unknown;
        }

        foreach (var raw in lines)
        {
            var line = Bullets.Strip(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var degreeMatch = FindDegree(line);
            var school = FindInstitution(line);
            if ((degreeMatch is not null && degree is not null) || (school is not null && institution is not null))
            {
                Flush();
            }

            if (degreeMatch is not null)
            {
                (degree, level, field) = degreeMatch.Value;
            }

            institution ??= school;
            foreach (var y in DateRangeReader.Years(line))
            {
                year = y;
            }
        }

        Flush();
        return entries;
    }

    /// <summary>True when the line names a degree or a school (used to find education in unheaded resumes).</summary>
    public static bool IsEducationLine(string line) => FindDegree(line) is not null || FindInstitution(line) is not null;

    private static readonly string[] DegreeHints =
    [
        "bachelor", "master", "phd", "ph.d", "ph. d", "doctor", "d.phil", "diploma", "degree", "associate", "high school",
        "a-level", "bootcamp", "certificate", "undergraduate",
    ];

    private static readonly string[] InstitutionHints =
    [
        "University", "College", "Institute", "School", "Academy", "Polytechnic", "Universität", "Université", "Universidad",
        "Hochschule", "Conservatory", "Bootcamp",
    ];

    private static (string Degree, DegreeLevel Level, string? Field)? FindDegree(string line)
    {
        var match = DegreeHints.Any(h => line.Contains(h, StringComparison.OrdinalIgnoreCase)) ? DegreeWords().Match(line) : Match.Empty;
        if (!match.Success)
        {
            match = DegreeAbbreviations().Match(line);
        }

        if (!match.Success)
        {
            return null;
        }

        var level = LevelOf(match.Value);
        var after = line[(match.Index + match.Length)..];
        var fieldMatch = FieldPattern().Match(after);
        string? field = fieldMatch.Success ? fieldMatch.Groups["f"].Value.Trim() : null;
        if (field is { Length: 0 } || (field is not null && (FindInstitution(field) is not null || DateRangeReader.Years(field).Any())))
        {
            field = null;
        }

        var degreeEnd = fieldMatch.Success && field is not null ? match.Index + match.Length + fieldMatch.Index + fieldMatch.Length : match.Index + match.Length;
        var degree = line[match.Index..degreeEnd].Trim().TrimEnd(',', '-', '–', '|');
        return (degree, level, field);
    }

    private static DegreeLevel LevelOf(string text)
    {
        var t = text.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var first = t.Split(' ', '\'')[0];
        return first switch
        {
            "phd" or "dphil" or "doctor" or "doctorate" or "md" => DegreeLevel.Doctorate,
            "master" or "masters" or "msc" or "ms" or "ma" or "meng" or "mphil" or "mba" or "llm" => DegreeLevel.Master,
            "bachelor" or "bachelors" or "bsc" or "bs" or "ba" or "beng" or "btech" or "be" or "bba" or "llb" or "undergraduate" => DegreeLevel.Bachelor,
            "associate" or "associates" or "aa" or "as" or "aas" => DegreeLevel.Associate,
            "high" or "ged" or "a-level" or "a-levels" => DegreeLevel.HighSchool,
            _ => DegreeLevel.Certificate,
        };
    }

    private static string? FindInstitution(string line)
    {
        if (!InstitutionHints.Any(h => line.Contains(h, StringComparison.Ordinal)))
        {
            return null;
        }

        var match = InstitutionPattern().Match(line);
        return match.Success ? match.Value.Trim().TrimEnd(',') : null;
    }

    [GeneratedRegex(@"\b(?:ph\.?\s?d\.?|doctor(?:ate)?(?: of [a-z]+)?|d\.phil|master(?:'s|s)?(?: degree)?(?: of [a-z]+(?: administration)?)?|bachelor(?:'s|s)?(?: degree)?(?: of [a-z]+)?|undergraduate degree|associate(?:'s)? degree|associate of [a-z]+|high school(?: diploma)?|a-levels?|diploma|bootcamp|graduate certificate|certificate of [a-z]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DegreeWords();

    [GeneratedRegex(@"(?<![\w.])(?:(?:Ph\.D\.?|PhD|DPhil|MBA|M\.B\.A\.|M\.Sc\.?|MSc|M\.S\.|M\.A\.|M\.Eng\.?|MEng|MPhil|LLM|LL\.M\.|B\.Sc\.?|BSc|B\.S\.|B\.A\.|B\.Eng\.?|BEng|B\.Tech\.?|BTech|B\.E\.|BBA|LLB|LL\.B\.|A\.A\.|A\.S\.|AAS|GED|M\.D\.|PGCE|HND)(?![\w])|(?:MS|MA|BS|BA|MD)(?=\s+in\s|\s*,|\s*\(|\s*$))", RegexOptions.CultureInvariant)]
    private static partial Regex DegreeAbbreviations();

    [GeneratedRegex(@"^\s*(?:-|–|in|of|:)?\s*(?:science |arts )?(?:in |of )?(?<f>[A-Z][A-Za-z&]+(?: (?:and |& |of )?[A-Z][A-Za-z&]+){0,4})", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"(?:[A-Z][\w.'&-]*\s){0,5}(?:University|College|Institute|School|Academy|Polytechnic|Universität|Université|Universidad|Hochschule|Conservatory|Bootcamp)(?:\s(?:of|for|at|de|in)\s(?:[A-Z][\w.'&-]*\s?){1,5}|(?:\s[A-Z][\w.'&-]*){1,2})?", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionPattern();
}
