using System.Reflection;
using System.Text.Json;

namespace MockInterview.Interviewing.Bank;

/// <summary>Reads question bank files (embedded JSON resources by default) and validates every entry.</summary>
internal static class QuestionBankLoader
{
    private const string ResourcePrefix = "MockInterview.Interviewing.Bank.";

    // Unknown members are errors so that a misspelt field ("folowUps") is caught instead of silently dropped.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<QuestionBank> Shared = new(LoadEmbedded);

    /// <summary>The bank shipped with this assembly, parsed and validated once per process (it is immutable).</summary>
    public static QuestionBank Embedded => Shared.Value;

    /// <summary>Parses and validates the bank shipped with this assembly.</summary>
    public static QuestionBank LoadEmbedded()
    {
        var assembly = typeof(QuestionBankLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToList();
        if (files.Count == 0)
        {
            throw new QuestionBankException("No question bank files are embedded in " + assembly.GetName().Name + ".");
        }

        return Load(files);
    }

    /// <summary>Parses and validates files given as (file name, JSON text).</summary>
    /// <exception cref="QuestionBankException">A file is not valid JSON or an entry is invalid.</exception>
    public static QuestionBank Load(IEnumerable<(string FileName, string Json)> files)
    {
        var questions = new List<BankQuestion>();
        foreach (var (fileName, json) in files)
        {
            BankFileJson? file;
            try
            {
                file = JsonSerializer.Deserialize<BankFileJson>(json, JsonOptions);
            }
            catch (JsonException ex)
            {
                throw new QuestionBankException($"Question bank file '{fileName}' is not valid: {ex.Message}", ex);
            }

            if (file?.Questions is null)
            {
                throw new QuestionBankException($"Question bank file '{fileName}' has no \"questions\" array.");
            }

            for (var i = 0; i < file.Questions.Count; i++)
            {
                questions.Add(QuestionBankValidator.Validate(file.Questions[i], fileName, i));
            }
        }

        QuestionBankValidator.CheckBankWide(questions);
        return new QuestionBank(questions);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new QuestionBankException($"Question bank resource '{name}' cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
