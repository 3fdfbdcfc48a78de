using Xunit.Abstractions;
using Xunit.Sdk;

namespace Yardstick.Web.Tests.Infrastructure;

/// <summary>Marks a test class that runs against PostgreSQL; its tests are skipped, with the reason, when no server is configured.</summary>
public interface IUsesPostgres;

/// <summary>A fact that runs on every database provider its class targets; skipped with a reason when that provider is unavailable.</summary>
[XunitTestCaseDiscoverer("Yardstick.Web.Tests.Infrastructure.DbFactDiscoverer", "Yardstick.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

public sealed class DbFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        if (typeof(IUsesPostgres).IsAssignableFrom(type) && PostgresApp.ConnectionString is null)
            return [new SkippedTestCase(sink, display, displayOptions, testMethod,
                "PostgreSQL not configured: set YARDSTICK_TEST_POSTGRES to a connection string (.ci/run does) to run this test on PostgreSQL")];
        return [new XunitTestCase(sink, display, displayOptions, testMethod)];
    }
}

public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        // The base constructor may already have initialised the case (before _reason was set), so set both.
        _reason = reason;
        SkipReason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        _reason = data.GetValue<string>("Reason");
        SkipReason = _reason;
    }
}
