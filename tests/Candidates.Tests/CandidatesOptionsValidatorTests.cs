using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MockInterview.Candidates.Tests;

public sealed class CandidatesOptionsValidatorTests
{
    [Theory]
    [InlineData("Candidates:MaxResumesPerOwner", "0")]
    [InlineData("Candidates:MaxJobsPerOwner", "-1")]
    [InlineData("Candidates:UploadTimeoutSeconds", "0")]
    [InlineData("Candidates:MaxJobDescriptionChars", "5")]
    [InlineData("Candidates:FilesFolder", " ")]
    [InlineData("Candidates:ConnectionString", "Mode=Memory;Nonsense")]
    public void Options_BadSetting_FailsWithItsName(string key, string value)
    {
        using var services = new ServiceCollection()
            .AddCandidates(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build())
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CandidatesOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_AreValid()
    {
        using var services = new ServiceCollection().AddCandidates(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Equal(20, services.GetRequiredService<IOptions<CandidatesOptions>>().Value.MaxResumesPerOwner);
    }
}
