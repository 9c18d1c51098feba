using System.Text.Json;
using Lodestar.Domain.Crm.Views;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm.Views;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm.Views;

/// <summary>The server side of <see cref="ISavedViewsApi"/>: views belong to the signed-in user (or the API key).</summary>
internal sealed class ServerSavedViewsApi(SavedViewService views, CurrentUser user) : ISavedViewsApi
{
    public Task<IReadOnlyList<SavedViewDto>> ListAsync(string kind, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<SavedViewDto>>(async () => (await views.ListAsync(kind, await UserIdAsync(), cancellationToken)).Select(ToDto).ToList());

    public Task<SavedViewDto> CreateAsync(SavedViewInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        ToDto(await views.CreateAsync(new SavedViewFields(input.Kind, input.Name, input.Shared, input.Query?.GetRawText()), await UserIdAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await views.DeleteAsync(id, await UserIdAsync(), cancellationToken));

    private static SavedViewDto ToDto(SavedViewItem item)
    {
        using var query = JsonDocument.Parse(item.View.Query);
        return new SavedViewDto(item.View.Id, SavedViewNames.Of(item.View.Kind), item.View.Name, item.View.Shared, item.Mine, item.OwnerName,
            query.RootElement.Clone(), item.View.CreatedAt);
    }

    private async Task<string> UserIdAsync() =>
        await user.GetIdAsync() ?? throw new ApiException(StatusCodes.Status403Forbidden, "Sign in to keep saved views: they belong to the person who saves them.");
}
