using MockInterview.Speech.Worker;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechWorkerOptionsValidatorTests
{
    private readonly SpeechWorkerOptionsValidator validator = new();

    [Fact]
    public void Validate_Defaults_SucceedWithOneJobPerProcessor()
    {
        var options = new SpeechWorkerOptions();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(Environment.ProcessorCount, options.EffectiveMaxConcurrentJobs);
        Assert.Equal(Environment.ProcessorCount, options.EffectiveLeaseCapacity);
        Assert.Equal($"{Environment.MachineName}-{Environment.ProcessId}", options.EffectiveWorkerId);
    }

    [Theory]
    [InlineData("MaxConcurrentJobs")]
    [InlineData("VisibilityTimeoutSeconds")]
    [InlineData("MaxAttempts")]
    [InlineData("PollIntervalMilliseconds")]
    [InlineData("HeartbeatSeconds")]
    [InlineData("MaxRetryDelaySeconds")]
    public void Validate_OutOfRange_FailsNamingTheSetting(string setting)
    {
        var options = new SpeechWorkerOptions();
        typeof(SpeechWorkerOptions).GetProperty(setting)!.SetValue(options, setting == "MaxRetryDelaySeconds" ? -1d : (object)(-1));

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Speech:Worker:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RetryDelay_GrowsTwofoldUpToTheMaximum()
    {
        var options = new SpeechWorkerOptions { RetryDelaySeconds = 1, MaxRetryDelaySeconds = 5 };

        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(1, 5).Select(n => options.RetryDelay(n).TotalSeconds));
    }
}
