namespace MockInterview.Workflows.Tests.Support;

/// <summary>A measurement, not a check: runs only when WORKFLOWS_PERF=1, since it uses the real clock and takes seconds.</summary>
internal sealed class PerfFactAttribute : FactAttribute
{
    public PerfFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("WORKFLOWS_PERF") != "1")
        {
            Skip = "Measurement; set WORKFLOWS_PERF=1 to run.";
        }
    }
}
