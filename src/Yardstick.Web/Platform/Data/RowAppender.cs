using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Platform.Data;

/// <summary>
/// Appends many rows of one table faster than SaveChanges. EF Core sends one INSERT per entity, and PostgreSQL parses,
/// plans and runs each on its own: a same-instant burst of 200 survey answers was 800 statements, most of the database's
/// share of the write. PostgreSQL therefore gets one array per column and a single <c>INSERT … SELECT FROM unnest</c>
/// per table (a multi-row VALUES list of thousands of parameters took it 15–20 ms to parse and plan). SQLite runs
/// in-process, where a statement costs microseconds: it gets one prepared INSERT run row by row (a multi-row VALUES list
/// binds thousands of named parameters, which made a burst slower than EF Core's own inserts).
/// Only for rows appended and not touched again in the same unit of work: they are not tracked, their generated keys
/// are not read back, and since the audit log is written by <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>,
/// audited entities are refused.
/// </summary>
public static partial class RowAppender
{
    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Get, bool IsNullable)
    {
        /// <summary>The value as the database stores it: the type mapping's converter (enum names, UTC instants) applied.</summary>
        public object? StoredValue(object row)
        {
            var value = Get.GetClrValue(row);
            if (Mapping.Converter is { } converter) return converter.ConvertToProvider(value);
            return value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType())) : value;
        }

        public Type StoredType
        {
            get
            {
                var type = Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type.IsEnum) type = Enum.GetUnderlyingType(type);
                return type.IsValueType && IsNullable ? typeof(Nullable<>).MakeGenericType(type) : type;
            }
        }
    }

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex TypeModifier();

    public static async Task AppendAsync<T>(this AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (typeof(IAudited).IsAssignableFrom(typeof(T)))
            throw new InvalidOperationException($"{typeof(T).Name} is audited; save it through SaveChangesAsync so that its audit entry is written.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Keys the database generates are left to it; every other column is written as the entity holds it.
        var columns = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd)
            .Select(p => new Column(p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter(), p.IsNullable))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))})";
        if (db.Database.IsNpgsql()) await ByArraysAsync(db, head, columns, rows, ct);
        else await OneByOneAsync(db, head, columns, rows, ct);
    }

    private static Task ByArraysAsync<T>(AppDbContext db, string head, List<Column> columns, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var parameters = columns.Select((c, i) =>
        {
            var values = Array.CreateInstance(c.StoredType, rows.Count);
            for (var r = 0; r < rows.Count; r++) values.SetValue(c.StoredValue(rows[r]), r);
            // The column's type, not one guessed from the values: a column of instants that starts with a null would be
            // taken for "timestamp without time zone". Lengths such as varchar(10) are the table's to check.
            return new NpgsqlParameter($"p{i}", values) { DataTypeName = TypeModifier().Replace(c.Mapping.StoreType, "") + "[]" };
        }).ToList();
        // Names come from the model; every value is a parameter.
        var text = $"{head} SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        return db.Database.ExecuteSqlRawAsync(text, parameters, ct);
    }

    private static async Task OneByOneAsync<T>(AppDbContext db, string head, List<Column> columns, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"{head} VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            foreach (var row in rows)
            {
                // The command keeps its prepared statement; each row brings its parameters, made as SaveChanges makes them.
                command.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", columns[i].Get.GetClrValue(row), columns[i].IsNullable));
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
