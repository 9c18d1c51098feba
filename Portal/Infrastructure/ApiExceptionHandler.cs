using Lodestar.Domain;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lodestar.Portal.Infrastructure;

/// <summary>Turns refusals thrown anywhere below an endpoint into RFC 7807 problem details (400, 403, 404), never a 500.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var translated = DomainErrors.Translate(exception);
        ProblemDetails? problem = translated switch
        {
            { StatusCode: StatusCodes.Status400BadRequest } e => new ValidationProblemDetails(e.Errors.ToDictionary())
            {
                Title = "The request is not valid.",
                Detail = e.Message,
                Status = e.StatusCode,
            },
            { } e => new ProblemDetails { Title = e.StatusCode == 404 ? "Not found." : "The request was refused.", Detail = e.Message, Status = e.StatusCode },
            null when exception is BadHttpRequestException bad => new ProblemDetails
            {
                Title = "The request could not be read.",
                Detail = BadRequestErrors.Describe(bad, BodyType(httpContext)),
                Status = bad.StatusCode,
            },
            _ => null,
        };
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // The middleware has cleared the context's endpoint by now; the feature keeps the one that threw.
    private static Type? BodyType(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
}
