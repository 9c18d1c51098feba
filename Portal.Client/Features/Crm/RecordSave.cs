using Lodestar.Portal.Client.Infrastructure;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// How the CRM's record forms save: check the form, ask for look-alike records and let the person decide, then store;
/// what the server refuses is kept per field (and the rest as a message). Contacts and accounts differ only in their calls.
/// </summary>
public sealed class RecordSave<TInput, TDto>(
    IReadOnlyCollection<string> fields,
    Func<TInput, Task<IReadOnlyList<PossibleDuplicateDto>>> findDuplicates,
    Func<TInput, Task<TDto>> store)
    where TDto : class
{
    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public IReadOnlyList<PossibleDuplicateDto> Duplicates { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Saving { get; private set; }

    public void DismissDuplicates() => Duplicates = [];

    /// <param name="render">Re-renders the form: the server's last refusal marks its fields as errors, and the form
    /// counts them as invalid until they are rendered without it.</param>
    /// <returns>The stored record; null when the form is invalid, look-alikes wait for a decision, or the server refused.</returns>
    public async Task<TDto?> RunAsync(MudForm form, Func<TInput> input, bool checkDuplicates, Action render)
    {
        if (Errors != FieldErrors.None || Message is not null)
        {
            (Errors, Message) = (FieldErrors.None, null);
            render();
            await Task.Yield();
        }

        await form.ValidateAsync();
        if (!form.IsValid)
            return null;
        var values = input();
        Saving = true;
        try
        {
            Duplicates = checkDuplicates ? await findDuplicates(values) : [];
            return Duplicates.Count > 0 ? null : await store(values);
        }
        catch (ApiException ex)
        {
            Duplicates = [];
            Errors = new FieldErrors(ex.Errors, fields);
            Message = ex.Message;
            return null;
        }
        finally
        {
            Saving = false;
        }
    }
}
