using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using MockInterview.Functions.Tests.CustomHandler;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>local.settings.sample.json documents every Speech:Client setting and Speech:Worker:InProcess, with the defaults as values.</summary>
public sealed class SpeechClientSettingsDocumentationTests
{
    private static readonly JsonObject Sample = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")))!.AsObject();

    [Fact]
    public void Sample_EverySpeechClientSetting_IsDocumentedWithItsDefault()
    {
        var values = Sample["Values"]!.AsObject();
        var comments = Sample["_comment"]!.AsObject();
        var prefix = SpeechClientOptions.SectionName.Replace(":", "__", StringComparison.Ordinal) + "__";
        foreach (var property in typeof(SpeechClientOptions).GetProperties().Where(p => p.CanWrite))
        {
            // A list is shown by its first item.
            var key = prefix + property.Name + (property.PropertyType == typeof(List<string>) ? "__0" : "");
            Assert.True(values.ContainsKey(key), $"{key} has no value in the sample.");
            Assert.False(string.IsNullOrWhiteSpace((string?)comments[key]), $"{key} has no _comment.");
        }

        var settings = values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) && (string?)v.Value is { Length: > 0 })
            .ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value);
        var bound = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(SpeechClientOptions.SectionName).Get<SpeechClientOptions>()!;
        Assert.Equal(JsonSerializer.Serialize(new SpeechClientOptions()), JsonSerializer.Serialize(bound));
    }

    [Fact]
    public void Sample_InProcessWorker_DocumentedAndOnByDefault()
    {
        Assert.Equal("true", (string?)Sample["Values"]!["Speech__Worker__InProcess"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)Sample["_comment"]!["Speech__Worker__InProcess"]));
    }
}
