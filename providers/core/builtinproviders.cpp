// The list of providers built into this application, in the order `reimburse-cli providers`
// shows them. Static libraries drop self-registering objects, so the list is explicit: a new
// vendor adapter adds its line here.
#include "providerregistry.h"

#include "localprovider.h"
#include "providercontext.h"
#include "deepfinch/deepfinchprovider.h"
#include "ekuaibao/ekuaibaoprovider.h"
#include "qiniu/qiniuprovider.h"
#include "tencent/tencentofdprovider.h"
#include "tencent/tencentvatprovider.h"

namespace ra {

void ProviderRegistry::registerBuiltins(ProviderRegistry &registry, const ProviderContext &context)
{
    registry.add(new LocalProvider);
    registry.add(new TencentVatProvider(context));
    registry.add(new TencentOfdProvider(context));
    registry.add(new QiniuProvider(context));
    registry.add(new EkuaibaoProvider(context));
    registry.add(new DeepFinchProvider(context));
    // qiniu, ekuaibao, deepfinch: added by their adapters.
}

} // namespace ra
