using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Distanskontakt.Web.Tests.Logging;

/// <summary>Which requests get a log line at Information or above (the rest at Debug): docs/performance.md, fix 1.</summary>
public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData(200, 3.0, LogEventLevel.Debug)]
    [InlineData(201, 40.0, LogEventLevel.Debug)]
    [InlineData(200, 1500.0, LogEventLevel.Warning)]
    [InlineData(101, 60_000.0, LogEventLevel.Debug)]
    [InlineData(400, 2.0, LogEventLevel.Information)]
    [InlineData(404, 2.0, LogEventLevel.Information)]
    [InlineData(503, 2.0, LogEventLevel.Error)]
    public void ShouldLogOnlyWhatTellsSomething(int status, double milliseconds, LogEventLevel expected)
    {
        var http = new DefaultHttpContext();
        http.Response.StatusCode = status;

        Assert.Equal(expected, DependencyInjection.RequestLogLevel(http, milliseconds, exception: null));
    }

    [Fact]
    public void ShouldLogAnExceptionAsAnErrorWhateverTheStatus()
    {
        var http = new DefaultHttpContext();
        http.Response.StatusCode = 200;

        Assert.Equal(LogEventLevel.Error, DependencyInjection.RequestLogLevel(http, 1.0, new InvalidOperationException("x")));
    }
}
