namespace Lodestar.Portal.Client.Features.Crm.Import;

/// <summary>CSV import into the CRM (<c>POST /api/crm/import/{kind}</c>); Sales and Admin.</summary>
public interface IImportApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The fields a kind of record has, in form order.</summary>
    public static IReadOnlyList<string> FieldsOf(string kind) => kind switch
    {
        "accounts" => ["name", "domain", "industry", "country", "employees", "ownerId"],
        "deals" => ["name", "pipeline", "stage", "amount", "currency", "closeDate", "probability", "accountId", "accountName", "contactId", "contactEmail", "ownerId", "closeReason"],
        _ => ["externalId", "firstName", "lastName", "email", "phone", "birthDate", "street", "streetNumber", "city", "postcode", "state", "country", "accountId", "accountName", "ownerId"],
    };

    /// <returns>The report; rejected rows are in it (nothing was imported), not thrown.</returns>
    Task<ImportReportDto> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default);
}
