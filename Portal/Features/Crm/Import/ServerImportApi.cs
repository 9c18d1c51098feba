using Lodestar.Domain;
using Lodestar.Domain.Crm.Import;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm.Import;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm.Import;

/// <summary>The server side of <see cref="IImportApi"/>.</summary>
internal sealed class ServerImportApi(CrmImportService imports, CurrentUser user) : IImportApi
{
    public Task<ImportReportDto> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var kind = request.Kind switch
        {
            "contacts" => CrmImportKind.Contacts,
            "accounts" => CrmImportKind.Accounts,
            "deals" => CrmImportKind.Deals,
            _ => throw new DomainValidationException("kind", $"Unknown import kind '{request.Kind}': use contacts, accounts or deals."),
        };
        var by = await user.GetNameAsync() ?? "unknown";
        var report = await imports.ImportAsync(kind, new StringReader(request.Csv), request.Mapping, request.Preview, by, request.FileName, cancellationToken);
        return new ImportReportDto(request.Kind, report.Columns, report.Mapping, report.Rows, report.Imported, report.Preview, report.Sample,
            report.Rejected.Select(r => new ImportRejectionDto(r.Row, r.Field, r.Message)).ToList());
    });
}
