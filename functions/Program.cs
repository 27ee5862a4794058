using MockInterview.Candidates;
using MockInterview.Functions.Admin;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Clock;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Demo;
using MockInterview.Functions.Evaluation;
using MockInterview.Functions.Health;
using MockInterview.Functions.Hosting;
using MockInterview.Functions.Interviews;
using MockInterview.Functions.Jobs;
using MockInterview.Functions.Llm;
using MockInterview.Functions.Resumes;
using MockInterview.Functions.Voice;
using MockInterview.Interviews;

if (args is ["demo", .. var demoArgs])
{
    return await DemoCommand.RunAsync(demoArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClock(builder.Configuration);
builder.AddApiDefaults();
builder.AddCallerAuthentication();
builder.AddLlm();
builder.AddInterviewerBrain();
builder.Services.AddInterviews(builder.Configuration);
builder.Services.AddCandidates(builder.Configuration);
builder.Services.AddAdminApi(builder.Configuration);
builder.AddVoice();
builder.AddCustomHandler();

var app = builder.Build();
app.UseApiDefaults();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapInterviewsApi();
app.MapResumesApi();
app.MapJobsApi();
app.MapVoiceApi();
app.MapEvaluationApi();
app.MapHealthApi();
app.MapAdminApi();
app.MapOpenApi("/openapi/v1.json").WithName("OpenApiDocument");
app.MapCustomHandler();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that functional tests can host the app.</summary>
public partial class Program;
