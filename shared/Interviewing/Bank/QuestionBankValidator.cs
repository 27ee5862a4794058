using System.Text.RegularExpressions;
using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Bank;

/// <summary>Checks bank entries one by one and the bank as a whole; every message names the file and the id.</summary>
internal static partial class QuestionBankValidator
{
    /// <summary>Questions whose normalised words overlap more than this are near-duplicates.</summary>
    public const double NearDuplicateJaccard = 0.6;

    public static BankQuestion Validate(BankQuestionJson? entry, string fileName, int index)
    {
        var where = $"Question bank file '{fileName}', question #{index + 1}";
        if (entry is null)
        {
            throw new QuestionBankException($"{where} is null.");
        }

        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            throw new QuestionBankException($"{where} has no id.");
        }

        where = $"Question bank file '{fileName}', question '{entry.Id}'";
        if (!IdPattern().IsMatch(entry.Id))
        {
            throw new QuestionBankException($"{where}: the id must be lower-case words joined by '-' (e.g. \"beh-conflict-003\").");
        }

        // Follow-up ids are "{parentId}-f{n}", so a bank id of that shape could collide with one.
        if (FollowUpSuffix().IsMatch(entry.Id))
        {
            throw new QuestionBankException($"{where}: the id must not end like a follow-up id (\"-f1\").");
        }

        var text = Required(entry.Text, where, "text");
        var category = OneOf(entry.Category, QuestionCategories.All, where, "category");
        var subcategory = Required(entry.Subcategory, where, "subcategory");
        var level = OneOf(entry.Level, QuestionLevels.All, where, "level");
        var tracks = entry.Tracks ?? [];
        foreach (var track in tracks)
        {
            OneOf(track, RoleTracks.All, where, "track");
        }

        if (category == QuestionCategories.Technical && tracks.Count == 0)
        {
            throw new QuestionBankException($"{where}: a technical question must name at least one track.");
        }

        var tags = NonEmptyItems(entry.Tags, where, "tags", 1, 30);
        var rubric = NonEmptyItems(entry.Rubric, where, "rubric", 2, 5);
        var followUps = NonEmptyItems(entry.FollowUps, where, "followUps", 2, 3);
        return new BankQuestion(
            entry.Id, text.Trim(), category, subcategory.Trim(), tracks, level,
            tags.Select(t => t.ToLowerInvariant()).ToList(), rubric, followUps, fileName);
    }

    public static void CheckBankWide(IReadOnlyList<BankQuestion> questions)
    {
        var seen = new Dictionary<string, BankQuestion>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (!seen.TryAdd(question.Id, question))
            {
                var first = seen[question.Id];
                throw new QuestionBankException(
                    $"Question bank file '{question.SourceFile}', question '{question.Id}': the id is already used in '{first.SourceFile}'.");
            }
        }

        var normalised = questions.Select(q => TextTokens.ContentStems(q.Text)).ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            for (var j = i + 1; j < questions.Count; j++)
            {
                var similarity = TextTokens.Jaccard(normalised[i], normalised[j]);
                if (similarity > NearDuplicateJaccard)
                {
                    throw new QuestionBankException(
                        $"Question bank file '{questions[j].SourceFile}', question '{questions[j].Id}': near-duplicate of '{questions[i].Id}' " +
                        $"in '{questions[i].SourceFile}' (word overlap {similarity:0.00}); reword it or remove one.");
                }
            }
        }
    }

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new QuestionBankException($"{where}: \"{field}\" is missing or empty.") : value;

    private static string OneOf(string? value, IReadOnlyList<string> allowed, string where, string field)
    {
        var v = Required(value, where, field);
        return allowed.Contains(v, StringComparer.Ordinal)
            ? v
            : throw new QuestionBankException($"{where}: unknown {field} \"{v}\" (expected one of: {string.Join(", ", allowed)}).");
    }

    private static List<string> NonEmptyItems(List<string>? items, string where, string field, int min, int max)
    {
        if (items is null || items.Count < min || items.Count > max)
        {
            throw new QuestionBankException($"{where}: \"{field}\" must have {min} to {max} entries (has {items?.Count ?? 0}).");
        }

        if (items.Any(string.IsNullOrWhiteSpace))
        {
            throw new QuestionBankException($"{where}: \"{field}\" has an empty entry.");
        }

        return items.Select(i => i.Trim()).ToList();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("-f[0-9]+$")]
    private static partial Regex FollowUpSuffix();
}
