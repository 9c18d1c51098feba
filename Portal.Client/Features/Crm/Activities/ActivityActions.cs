using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>Editing and deleting a logged activity, wherever it is listed (a record's activities, a contact's timeline).</summary>
public static class ActivityActions
{
    /// <returns>The saved activity; null when the person cancelled.</returns>
    public static async Task<ActivityDto?> EditAsync(IDialogService dialogs, ActivityDto activity)
    {
        var parameters = new DialogParameters<ActivityDialog> { { d => d.Activity, activity } };
        var result = await (await dialogs.ShowAsync<ActivityDialog>("Edit activity", parameters, ActivityDialog.Options)).Result;
        return result is { Canceled: false, Data: ActivityDto saved } ? saved : null;
    }

    /// <summary>Asks, then deletes.</summary>
    /// <returns>Whether it was deleted (false: the person said no).</returns>
    /// <exception cref="Infrastructure.ApiException">The server refused.</exception>
    public static async Task<bool> DeleteAsync(IDialogService dialogs, IActivitiesApi api, long id, string subject)
    {
        if (await dialogs.ShowMessageBoxAsync($"Delete “{subject}”?", "It goes from every contact, account, deal and ticket it is on.",
                yesText: "Delete", cancelText: "Cancel") != true)
            return false;
        await api.DeleteAsync(id);
        return true;
    }
}
