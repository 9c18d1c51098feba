using System.Text;

namespace Lodestar.Portal.Infrastructure;

/// <summary>A CSV download written straight to the response, so a long list is never held in memory whole.</summary>
internal sealed class CsvResult(string fileName, Func<TextWriter, CancellationToken, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "text/csv; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(httpContext.Response.Body, new UTF8Encoding(false), leaveOpen: true);
        await write(writer, httpContext.RequestAborted);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
