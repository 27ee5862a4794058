namespace MockInterview.Functions.Tests.Voice;

/// <summary>The app with no speech worker in-process and none beside it until a test starts one.</summary>
public sealed class VoiceDownFixture : VoiceApiFixture
{
    protected override bool InProcessWorker => false;

    // A worker started by a test is seen by the next request, not after a cache period on a clock that does not move.
    protected override void Configure(Dictionary<string, string?> settings) => settings["Speech:Client:AvailabilityCacheSeconds"] = "0";
}
