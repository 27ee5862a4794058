using MockInterview.Functions.Auth;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Evaluation;
using MockInterview.Functions.Health;
using MockInterview.Functions.Hosting;
using MockInterview.Functions.Interviews;
using MockInterview.Interviewing;
using MockInterview.Interviews;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiDefaults();
builder.AddCallerAuthentication();
builder.Services.AddOfflineInterviewer();
builder.Services.AddInterviews(builder.Configuration);
builder.AddCustomHandler();

var app = builder.Build();
app.UseApiDefaults();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapInterviewsApi();
app.MapEvaluationApi();
app.MapHealthApi();
app.MapOpenApi("/openapi/v1.json").WithName("OpenApiDocument");
app.MapCustomHandler();
app.Run();

/// <summary>Entry point; public so that functional tests can host the app.</summary>
public partial class Program;
