using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Platform.Web;

/// <summary>
/// Turns exceptions of API requests into RFC 9457 ProblemDetails in the user's language. Page requests fall
/// through to the friendly /error page.
/// </summary>
public sealed class ProblemExceptionHandler(
    IProblemDetailsService problems, IStringLocalizer l, ILogger<ProblemExceptionHandler> log, IHostEnvironment env) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, l["Err.Concurrency"].Value, (string?)null),
            BadHttpRequestException bad => (bad.StatusCode, l["Err.BadRequest"].Value, Inner(bad)),
            // The integration tests read only the response: there a server error says what it was, so a rare one explains
            // itself. Users never see the internals.
            _ => (StatusCodes.Status500InternalServerError, l["Err.Server"].Value,
                env.IsEnvironment("Testing") ? Shorten($"{exception.GetType().Name}: {exception.Message} {Inner(exception)}") : null),
        };
        if (status == StatusCodes.Status500InternalServerError)
            log.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        // By now the middleware has already pointed the request at /error; the feature keeps the original path.
        var original = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "";
        if (!original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            if (status == StatusCodes.Status409Conflict)
            {
                // A page whose save lost a race: send the user back to reload, with the message.
                context.Response.Redirect($"/error?conflict=1&returnUrl={Uri.EscapeDataString(original)}");
                return true;
            }
            return false;
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string? Inner(Exception e) => e.InnerException?.Message is { } m ? Shorten(m) : null;

    private static string Shorten(string m) => m.Length > 300 ? m[..300] : m;
}
