using Distanskontakt.Infrastructure;
using Distanskontakt.Web;
using Distanskontakt.Web.Operations;
using Distanskontakt.Web.Security;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
builder.Services.AddInfrastructureServices(builder.Configuration, builder.Environment);
builder.Services.AddWebServices();
builder.Services.AddSignIn(builder.Configuration, builder.Environment);
builder.Services.AddMetricsExport(builder.Configuration);

var app = builder.Build();
app.UseWebServices();
app.Run();

/// <summary>Entry point, public for test hosts.</summary>
public partial class Program;
