using Lodestar.Domain;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Infrastructure;

/// <summary>
/// Domain refusals seen through the client contracts: the server implementations rethrow them as
/// <see cref="ApiException"/>, the same type the HTTP implementations throw, so pages handle one type.
/// </summary>
internal static class DomainErrors
{
    public static ApiException? Translate(Exception exception) => exception switch
    {
        ApiException api => api,
        DomainValidationException invalid => new ApiException(StatusCodes.Status400BadRequest, invalid.Message, invalid.Errors),
        NotFoundException missing => new ApiException(StatusCodes.Status404NotFound, missing.Message),
        ForbiddenException refused => new ApiException(StatusCodes.Status403Forbidden, refused.Message),
        _ => null,
    };

    public static async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (Translate(ex) is { } api && api != ex)
        {
            throw api;
        }
    }

    public static Task RunAsync(Func<Task> call) => RunAsync(async () =>
    {
        await call();
        return true;
    });
}
