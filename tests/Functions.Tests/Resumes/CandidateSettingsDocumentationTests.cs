using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using MockInterview.Candidates;
using MockInterview.Documents;
using MockInterview.Functions.Tests.CustomHandler;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>local.settings.sample.json documents every Candidates and Documents setting, with the defaults as values.</summary>
public sealed class CandidateSettingsDocumentationTests
{
    private static readonly JsonObject Sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")))!.AsObject();

    [Theory]
    [InlineData(CandidatesOptions.SectionName, typeof(CandidatesOptions))]
    [InlineData(DocumentExtractionOptions.SectionName, typeof(DocumentExtractionOptions))]
    public void Sample_EverySettingOfTheSection_IsDocumentedWithItsDefault(string section, Type optionsType)
    {
        var values = Sample["Values"]!.AsObject();
        var comments = Sample["_comment"]!.AsObject();
        foreach (var property in optionsType.GetProperties().Where(p => p.CanWrite))
        {
            var key = $"{section}__{property.Name}";
            Assert.True(values.ContainsKey(key), $"{key} has no value in the sample.");
            Assert.False(string.IsNullOrWhiteSpace((string?)comments[key]), $"{key} has no _comment.");
        }

        // An empty value documents "not set" (the default applies).
        var settings = values.Where(v => v.Key.StartsWith(section + "__", StringComparison.Ordinal) && (string?)v.Value is { Length: > 0 })
            .ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value);
        var bound = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(section).Get(optionsType)!;
        Assert.Equal(JsonSerializer.Serialize(Activator.CreateInstance(optionsType), optionsType), JsonSerializer.Serialize(bound, optionsType));
    }
}
