using MockInterview.GpuWorker.Health;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Worker;
using MockInterview.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddSpeechRecognition(builder.Configuration);
builder.Services.AddSpeechSynthesis(builder.Configuration);
builder.Services.AddSpeechWorker(builder.Configuration);

var app = builder.Build();
app.MapWorkerHealth();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the worker.</summary>
public partial class Program;
