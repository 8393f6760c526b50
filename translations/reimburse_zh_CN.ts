<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Reimbursement Assistant %1&lt;/h3&gt;&lt;p&gt;Recognise, check and export Chinese invoices for expense claims: PDF and OFD e-invoices, photos and scans, read offline or by a cloud OCR service of your choice.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;报销助手 %1&lt;/h3&gt;&lt;p&gt;识别、核对并导出用于费用报销的中国发票：PDF 和 OFD 电子发票、照片和扫描件均可，可离线识别，也可使用您选择的云端 OCR 服务。&lt;/p&gt;&lt;p&gt;使用的组件：&lt;/p&gt;%2</translation>
    </message>
    <message>
        <source>About Reimbursement Assistant</source>
        <translation>关于报销助手</translation>
    </message>
</context>
<context>
    <name>AutoProvider</name>
    <message>
        <source>Automatic: local for PDF and OFD, a configured vendor for images</source>
        <translation>自动：PDF 和 OFD 在本机识别，图片使用已配置的服务商</translation>
    </message>
</context>
<context>
    <name>DeepFinchProvider</name>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>返回结果不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the answer has no result</source>
        <translation>返回结果中没有 result</translation>
    </message>
    <message>
        <source>no invoice field was recognised on the image</source>
        <translation>图片中未识别出任何发票字段</translation>
    </message>
    <message>
        <source>The DeepFinch endpoint is not a valid https URL.</source>
        <translation>深源恒际的接口地址不是有效的 https URL。</translation>
    </message>
    <message>
        <source>DeepFinch VAT invoice OCR</source>
        <translation>深源恒际增值税发票识别</translation>
    </message>
    <message>
        <source>DeepFinch found no invoice on the document.</source>
        <translation>深源恒际在该文件中未找到发票。</translation>
    </message>
    <message>
        <source>DeepFinch&apos;s tax_amount_total (%1, documented as 价税合计) neither equals the total (%3) nor adds to the pre-tax amount (%2) to make it; it was taken as %4. Check the amounts against the paper.</source>
        <translation>深源恒际返回的 tax_amount_total（%1，文档称其为价税合计）既不等于价税合计（%3），与不含税金额（%2）相加也不等于价税合计；已按 %4 处理。请对照原件核对金额。</translation>
    </message>
    <message>
        <source>DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it is the tax amount: %1 + %2 = %3. It was read as 合计税额.</source>
        <translation>深源恒际的文档称 tax_amount_total 为价税合计，但在本张发票上它是税额：%1 + %2 = %3。已作为合计税额读取。</translation>
    </message>
    <message>
        <source>DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it (%1) is less than the %2 (%3), so it was read as 合计税额, the tax amount.</source>
        <translation>深源恒际的文档称 tax_amount_total 为价税合计，但在本张发票上它（%1）小于 %2（%3），因此已作为合计税额（即税额）读取。</translation>
    </message>
</context>
<context>
    <name>EkuaibaoProvider</name>
    <message>
        <source>the recognition answer is not valid JSON (%1)</source>
        <translation>识别结果不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the recognition answer has no value.invoices</source>
        <translation>识别结果中没有 value.invoices</translation>
    </message>
    <message>
        <source>Ekuaibao found no invoice on the document.</source>
        <translation>合思在该文件中未找到发票。</translation>
    </message>
    <message>
        <source>the attachment upload</source>
        <translation>附件上传</translation>
    </message>
    <message>
        <source>the download URL request</source>
        <translation>下载地址请求</translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation>识别请求</translation>
    </message>
    <message>
        <source>There is no valid Ekuaibao endpoint or access token.</source>
        <translation>没有有效的合思接口地址或访问令牌。</translation>
    </message>
    <message>
        <source>the uploaded attachment has no download URL</source>
        <translation>上传的附件没有下载地址</translation>
    </message>
    <message>
        <source>Ekuaibao (合思) invoice OCR</source>
        <translation>合思发票识别</translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation>登录返回结果中没有访问令牌</translation>
    </message>
    <message>
        <source>the login (getAccessToken)</source>
        <translation>登录请求（getAccessToken）</translation>
    </message>
    <message>
        <source>One request per second (vendor limit): three requests per page. By URL only a file URL of Ekuaibao&apos;s attachment service (sent as fileUrl, without upload); other URLs are refused.</source>
        <translation>每秒一次请求（服务商限制）：每页三次请求。按网址识别时只接受合思附件服务生成的文件网址（作为 fileUrl 发送，不上传）；其他网址一律拒绝。</translation>
    </message>
    <message>
        <source>Ekuaibao recognises by URL only a file URL made by its own attachment service (processImageByFileUrl takes the url its download API returns); one on %1 is not. Give the file itself (it is uploaded to Ekuaibao first), or use a provider that fetches URLs.</source>
        <translation>合思按网址识别时只接受其附件服务生成的文件网址（processImageByFileUrl 需要其下载接口返回的网址）；%1 上的网址不是。请直接提供文件（会先上传到合思），或改用能自行下载网址的服务商。</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>“%1” is not an amount. Type it with at most two decimals, like 1234.56.</source>
        <translation>“%1”不是金额。请输入最多两位小数的数字，例如 1234.56。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like 2024-05-08.</source>
        <translation>“%1”不是日期。请按 2024-05-08 的格式输入。</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it like 09:05.</source>
        <translation>“%1”不是时间。请按 09:05 的格式输入。</translation>
    </message>
    <message>
        <source>“%1” is not a tax ID. A tax ID has 15 to 20 digits and capital letters.</source>
        <translation>“%1”不是纳税人识别号。纳税人识别号由 15 到 20 位数字和大写字母组成。</translation>
    </message>
    <message>
        <source>“%1” is not a tax rate. Type it like 13%.</source>
        <translation>“%1”不是税率。请按 13% 的格式输入。</translation>
    </message>
    <message>
        <source>“%1” is not a tax rate. Type it like 13%, or a word such as 免税.</source>
        <translation>“%1”不是税率。请按 13% 的格式输入，或输入“免税”等文字。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
</context>
<context>
    <name>FieldLayout</name>
    <message>
        <source>Title</source>
        <translation>发票名称</translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation>发票代码</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Printed invoice code</source>
        <translation>机打代码</translation>
    </message>
    <message>
        <source>Printed invoice number</source>
        <translation>机打号码</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Machine number</source>
        <translation>机器编号</translation>
    </message>
    <message>
        <source>Cipher area</source>
        <translation>密码区</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>联次名称</translation>
    </message>
    <message>
        <source>Consumption type</source>
        <translation>消费类型</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Vendor&apos;s type code</source>
        <translation>服务商类型代码</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子发票</translation>
    </message>
    <message>
        <source>Blockchain invoice</source>
        <translation>区块链发票</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>公司印章</translation>
    </message>
    <message>
        <source>Issued by the tax office</source>
        <translation>税务机关代开</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>收购发票</translation>
    </message>
    <message>
        <source>Toll mark</source>
        <translation>通行费标志</translation>
    </message>
    <message>
        <source>Refined oil mark</source>
        <translation>成品油标志</translation>
    </message>
    <message>
        <source>Amount before tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>价税合计（大写）</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Vehicle and vessel tax</source>
        <translation>车船税</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>小费</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Seller tax ID</source>
        <translation>销售方纳税人识别号</translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation>销售方地址、电话</translation>
    </message>
    <message>
        <source>Seller bank account</source>
        <translation>销售方开户行及账号</translation>
    </message>
    <message>
        <source>Seller ID number</source>
        <translation>销售方身份证号码</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Buyer tax ID</source>
        <translation>购买方纳税人识别号</translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation>购买方地址、电话</translation>
    </message>
    <message>
        <source>Buyer bank account</source>
        <translation>购买方开户行及账号</translation>
    </message>
    <message>
        <source>Buyer ID number</source>
        <translation>购买方身份证号码</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>开票人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>乘客</translation>
    </message>
    <message>
        <source>Passenger ID</source>
        <translation>乘客证件号码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>乘车日期</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>车次</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>席别</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Carriage</source>
        <translation>车厢</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>E-ticket number</source>
        <translation>电子客票号码</translation>
    </message>
    <message>
        <source>Fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Fuel surcharge</source>
        <translation>燃油附加费</translation>
    </message>
    <message>
        <source>CAAC development fund</source>
        <translation>民航发展基金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>Other taxes</source>
        <translation>其他税费</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>销售单位代号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>填开单位</translation>
    </message>
    <message>
        <source>Domestic or international</source>
        <translation>国内国际标识</translation>
    </message>
    <message>
        <source>Print number</source>
        <translation>印刷序号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号码</translation>
    </message>
    <message>
        <source>Vehicle model</source>
        <translation>厂牌型号</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>合格证号</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <source>Tax authority</source>
        <translation>主管税务机关</translation>
    </message>
    <message>
        <source>Tax authority code</source>
        <translation>主管税务机关代码</translation>
    </message>
    <message>
        <source>Tax machine number</source>
        <translation>税控设备编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Company tax ID</source>
        <translation>单位纳税人识别号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Tax category code</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Car type</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Last travel date</source>
        <translation>行程结束日期</translation>
    </message>
    <message>
        <source>Ride-hailing platform</source>
        <translation>网约车平台</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>行程笔数</translation>
    </message>
</context>
<context>
    <name>FieldSource</name>
    <message>
        <source>You</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>PDF text</source>
        <translation>PDF 文本</translation>
    </message>
    <message>
        <source>OFD data</source>
        <translation>OFD 数据</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>Printed title</source>
        <translation>票面标题</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation>七牛云</translation>
    </message>
    <message>
        <source>Ekuaibao</source>
        <translation>合思</translation>
    </message>
    <message>
        <source>DeepFinch</source>
        <translation>深源恒际</translation>
    </message>
    <message>
        <source>Amount in words (OCR)</source>
        <translation>大写金额（OCR）</translation>
    </message>
    <message>
        <source>Sum of the other amounts (OCR)</source>
        <translation>其余金额之和（OCR）</translation>
    </message>
    <message>
        <source>Total in figures (OCR)</source>
        <translation>小写价税合计（OCR）</translation>
    </message>
    <message>
        <source>Tax ID check character (OCR)</source>
        <translation>税号校验位（OCR）</translation>
    </message>
    <message>
        <source>Printed text (OCR)</source>
        <translation>票面文字（OCR）</translation>
    </message>
    <message>
        <source>Sum of the line items (OCR)</source>
        <translation>各行明细之和（OCR）</translation>
    </message>
</context>
<context>
    <name>FieldState</name>
    <message>
        <source>Read by the provider</source>
        <translation>由服务商识别</translation>
    </message>
    <message>
        <source>Uncertain: check it</source>
        <translation>不确定：请核对</translation>
    </message>
    <message>
        <source>Has a finding</source>
        <translation>有校验问题</translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation>已手动修改</translation>
    </message>
</context>
<context>
    <name>InputCollector</name>
    <message>
        <source>Not a usable http(s) URL (it needs a host).</source>
        <translation>不是可用的 http(s) URL（缺少主机名）。</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied).</source>
        <translation>无法读取该文件夹（权限不足）。</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid UTF-8 (its bytes are shown as \xNN), so nothing in it can be read; rename it.</source>
        <translation>文件夹名称不是有效的 UTF-8（其字节显示为 \xNN），因此无法读取其中的任何内容；请重命名该文件夹。</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid UTF-8 (its bytes are shown as \xNN), so it cannot be opened by name; rename it.</source>
        <translation>文件名不是有效的 UTF-8（其字节显示为 \xNN），因此无法按名称打开；请重命名该文件。</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Recognising</source>
        <translation>识别中</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>InvoiceTypeLabel</name>
    <message>
        <source>Unknown</source>
        <comment>未知</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>VAT special</source>
        <comment>专票</comment>
        <translation>专票</translation>
    </message>
    <message>
        <source>e-VAT special</source>
        <comment>电子专票</comment>
        <translation>电子专票</translation>
    </message>
    <message>
        <source>VAT ordinary</source>
        <comment>普票</comment>
        <translation>普票</translation>
    </message>
    <message>
        <source>e-VAT ordinary</source>
        <comment>电子普票</comment>
        <translation>电子普票</translation>
    </message>
    <message>
        <source>VAT roll</source>
        <comment>卷票</comment>
        <translation>卷票</translation>
    </message>
    <message>
        <source>e-VAT toll</source>
        <comment>通行费电子票</comment>
        <translation>通行费电子票</translation>
    </message>
    <message>
        <source>Digital special</source>
        <comment>数电专票</comment>
        <translation>数电专票</translation>
    </message>
    <message>
        <source>Digital ordinary</source>
        <comment>数电普票</comment>
        <translation>数电普票</translation>
    </message>
    <message>
        <source>Digital train</source>
        <comment>数电火车票</comment>
        <translation>数电火车票</translation>
    </message>
    <message>
        <source>Digital flight</source>
        <comment>数电行程单</comment>
        <translation>数电行程单</translation>
    </message>
    <message>
        <source>Vehicle sale</source>
        <comment>机动车</comment>
        <translation>机动车</translation>
    </message>
    <message>
        <source>Used car</source>
        <comment>二手车</comment>
        <translation>二手车</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <comment>定额</comment>
        <translation>定额</translation>
    </message>
    <message>
        <source>Machine-printed</source>
        <comment>机打</comment>
        <translation>机打</translation>
    </message>
    <message>
        <source>Taxi</source>
        <comment>出租车</comment>
        <translation>出租车</translation>
    </message>
    <message>
        <source>Train</source>
        <comment>火车票</comment>
        <translation>火车票</translation>
    </message>
    <message>
        <source>Coach</source>
        <comment>汽车票</comment>
        <translation>汽车票</translation>
    </message>
    <message>
        <source>Ferry</source>
        <comment>船票</comment>
        <translation>船票</translation>
    </message>
    <message>
        <source>Flight</source>
        <comment>行程单</comment>
        <translation>行程单</translation>
    </message>
    <message>
        <source>Toll</source>
        <comment>过路费</comment>
        <translation>过路费</translation>
    </message>
    <message>
        <source>Medical</source>
        <comment>医疗</comment>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Non-tax</source>
        <comment>非税</comment>
        <translation>非税</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>其他</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tax certificate</source>
        <comment>完税证明</comment>
        <translation>完税证明</translation>
    </message>
    <message>
        <source>Receipt</source>
        <comment>小票</comment>
        <translation>小票</translation>
    </message>
    <message>
        <source>DiDi trip</source>
        <comment>滴滴行程单</comment>
        <translation>滴滴行程单</translation>
    </message>
    <message>
        <source>Ride trips</source>
        <comment>网约车行程单</comment>
        <translation>网约车行程单</translation>
    </message>
</context>
<context>
    <name>LocalProvider</name>
    <message>
        <source>Offline: PDF text, OFD data, QR code</source>
        <translation>离线：PDF 文本、OFD 数据、二维码</translation>
    </message>
    <message>
        <source>no account needed; images: QR fields only</source>
        <translation>无需账户；图片仅识别二维码中的字段</translation>
    </message>
</context>
<context>
    <name>LocalRecognizer</name>
    <message>
        <source>The document has %1 pages; at most %2 are read. Split it into smaller files (one per invoice) and import those.</source>
        <translation>该文档有 %1 页，最多读取 %2 页。请将其拆分为较小的文件（每张发票一个）后再导入。</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>The OCR character list %1 could not be read.</source>
        <translation>无法读取 OCR 字符表 %1。</translation>
    </message>
    <message>
        <source>The OCR recognizer %1 could not be loaded: %2</source>
        <translation>无法加载 OCR 文字识别模型 %1：%2</translation>
    </message>
    <message>
        <source>The OCR detector %1 could not be read: %2</source>
        <translation>无法读取 OCR 文字检测模型 %1：%2</translation>
    </message>
    <message>
        <source>The OCR detector %1 could not be loaded: %2</source>
        <translation>无法加载 OCR 文字检测模型 %1：%2</translation>
    </message>
    <message>
        <source>The OCR direction classifier %1 could not be loaded: %2</source>
        <translation>无法加载 OCR 方向分类模型 %1：%2</translation>
    </message>
</context>
<context>
    <name>OcrModels</name>
    <message>
        <source>The offline OCR models are not installed (looked in %1), so only the QR code of a photo or scan is read. Install them with scripts/install-ocr-models.sh (scripts/install-deps.sh runs it), or set REIMBURSE_OCR_MODELS to their folder.</source>
        <translation>离线 OCR 模型未安装（已查找 %1），因此照片或扫描件只读取二维码。请用 scripts/install-ocr-models.sh 安装（scripts/install-deps.sh 会运行它），或将 REIMBURSE_OCR_MODELS 设为模型所在文件夹。</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>该文件共有 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QiniuProvider</name>
    <message>
        <source>Qiniu found no invoice on the document.</source>
        <translation>七牛云在该文件中未找到发票。</translation>
    </message>
    <message>
        <source>The Kodo upload endpoint is not a valid https URL.</source>
        <translation>Kodo 上传接口地址不是有效的 https URL。</translation>
    </message>
    <message>
        <source>The Qiniu endpoint is not a valid https URL.</source>
        <translation>七牛云的接口地址不是有效的 https URL。</translation>
    </message>
    <message>
        <source>Qiniu multi-invoice OCR</source>
        <translation>七牛云多票据识别</translation>
    </message>
    <message>
        <source>Uploads each page to your Kodo bucket (deleted after a day); JPEG/PNG up to 8 MB; a JPEG/PNG URL is sent as it is, without upload.</source>
        <translation>将每一页上传到您的 Kodo 存储空间（一天后删除）；支持 8 MB 以内的 JPEG/PNG；JPEG/PNG 的 URL 直接发送，无需上传。</translation>
    </message>
</context>
<context>
    <name>TencentOfdProvider</name>
    <message>
        <source>Tencent Cloud VerifyOfdVatInvoiceOCR</source>
        <translation>腾讯云 OFD 发票识别（VerifyOfdVatInvoiceOCR）</translation>
    </message>
</context>
<context>
    <name>TencentProvider</name>
    <message>
        <source>Page %1 was not recognised (%2): %3. The other pages were read; recognise the document again, or enter this page by hand.</source>
        <translation>第 %1 页未能识别（%2）：%3。其他页已读取；请重新识别该文档，或手动录入此页。</translation>
    </message>
</context>
<context>
    <name>TencentVatProvider</name>
    <message>
        <source>Tencent Cloud VatInvoiceOCR</source>
        <translation>腾讯云增值税发票识别（VatInvoiceOCR）</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove invoice</source>
        <translation>移除发票</translation>
    </message>
    <message>
        <source>Change claim details</source>
        <translation>修改报销单信息</translation>
    </message>
    <message>
        <source>Change invoice type</source>
        <translation>修改发票类型</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>标记为未审核</translation>
    </message>
    <message>
        <source>Enter invoice by hand</source>
        <translation>手动录入发票</translation>
    </message>
    <message>
        <source>Mark %1 on the Page</source>
        <translation>在页面上标出 %1</translation>
    </message>
</context>
<context>
    <name>VendorHttp</name>
    <message numerus="yes">
        <source>%1 did not answer %2 in time (after %n attempt(s)). Try again later.</source>
        <translation>
            <numerusform>%1 未能及时响应%2（已尝试 %n 次）。请稍后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached for %2 (after %n attempt(s)): %3</source>
        <translation>
            <numerusform>无法连接 %1 以完成%2（已尝试 %n 次）：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorImage</name>
    <message>
        <source>The page cannot be brought under the service&apos;s limit of %1 MB without making it unreadable.</source>
        <translation>无法在保证可读的前提下将此页压缩到服务商限制的 %1 MB 以内。</translation>
    </message>
</context>
<context>
    <name>VendorValues</name>
    <message>
        <source>The recognition service read “%1” for %2 (%3), which is not %4; the field was left empty. Check it against the paper.</source>
        <translation>识别服务返回的 %2（%3）为“%1”，不是%4；该字段已留空。请对照原件核对。</translation>
    </message>
</context>
<context>
    <name>WorkerPool</name>
    <message>
        <source>Recognition was cancelled.</source>
        <translation>识别已取消。</translation>
    </message>
</context>
<context>
    <name>ra</name>
    <message>
        <source>The image claims to be %1 × %2 pixels; images larger than %3 pixels on a side or %4 megapixels are not opened. Scan or export the invoice at a lower resolution.</source>
        <translation>图片声明的尺寸为 %1 × %2 像素；单边超过 %3 像素或总计超过 %4 百万像素的图片不予打开。请以较低的分辨率扫描或导出发票。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>The image format is not recognised or the file is damaged (%1).</source>
        <translation>无法识别图片格式，或文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded (%1).</source>
        <translation>图片已损坏，无法解码（%1）。</translation>
    </message>
    <message>
        <source>an entry name is longer than 1024 characters</source>
        <translation>条目名称超过 1024 个字符</translation>
    </message>
    <message>
        <source>an entry name contains control characters</source>
        <translation>条目名称包含控制字符</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>条目“%1”使用了绝对路径</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; names a drive</source>
        <translation>条目“%1”包含驱动器名</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the package (path traversal)</source>
        <translation>条目“%1”指向包之外（路径穿越）</translation>
    </message>
    <message>
        <source>A temporary copy could not be written.</source>
        <translation>无法写入临时副本。</translation>
    </message>
    <message>
        <source>The PDF is password-protected.</source>
        <translation>该 PDF 受密码保护。</translation>
    </message>
    <message>
        <source>The PDF could not be read: it is damaged or incomplete.</source>
        <translation>无法读取该 PDF：文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The page is too large to render at this resolution.</source>
        <translation>页面过大，无法以此分辨率渲染。</translation>
    </message>
    <message>
        <source>The resolution must be between 10 and 1200 dpi.</source>
        <translation>分辨率必须在 10 到 1200 dpi 之间。</translation>
    </message>
    <message>
        <source>An image has one page.</source>
        <translation>图片只有一页。</translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD or image.</source>
        <translation>该文件不是 PDF、OFD 或图片。</translation>
    </message>
    <message>
        <source>The PDF is password-protected. Open it with its password, save an unprotected copy, and import that copy.</source>
        <translation>该 PDF 受密码保护。请用密码打开，另存一份不受保护的副本，然后导入该副本。</translation>
    </message>
    <message>
        <source>The PDF could not be read: it is damaged or incomplete. Download or export it again.</source>
        <translation>无法读取该 PDF：文件已损坏或不完整。请重新下载或导出。</translation>
    </message>
    <message>
        <source>Recognition was cancelled.</source>
        <translation>识别已取消。</translation>
    </message>
    <message>
        <source>No invoice was found in this document: it has no invoice text and no invoice QR code. If it is a scan, use a cloud provider.</source>
        <translation>此文件中未找到发票：既没有发票文字，也没有发票二维码。如果是扫描件，请使用云端服务商。</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not read.</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的文件不予读取。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels at %3 bits a pixel: opening it would take %4 MiB of memory, and images that need more than %5 MiB are not opened. Scan or export the invoice at a lower resolution or as JPEG.</source>
        <translation>图片声称为 %1 × %2 像素、每像素 %3 位：打开它需要 %4 MiB 内存，需要超过 %5 MiB 内存的图片不予打开。请以较低的分辨率或 JPEG 格式重新扫描或导出发票。</translation>
    </message>
    <message>
        <source>No invoice QR code was found on this image, and the offline OCR models are not installed, so its printed text was not read: install them (scripts/install-ocr-models.sh), use a cloud provider, or enter the fields.</source>
        <translation>此图片中未找到发票二维码，且离线 OCR 模型未安装，因此未读取印刷文字：请安装模型（scripts/install-ocr-models.sh）、使用云端服务商，或手动录入字段。</translation>
    </message>
    <message>
        <source>No invoice was found on this image: neither its QR code nor its printed text (offline OCR) gave invoice fields. Use a cloud provider, or enter the fields.</source>
        <translation>此图片中未找到发票：二维码和印刷文字（离线 OCR）均未得到发票字段。请使用云端服务商，或手动录入字段。</translation>
    </message>
</context>
<context>
    <name>ra::ClaimDetailsDialog</name>
    <message>
        <source>Period</source>
        <translation>报销期间</translation>
    </message>
    <message>
        <source>Claim Details</source>
        <translation>报销单信息</translation>
    </message>
    <message>
        <source>e.g. 2026-11 Shanghai trip</source>
        <translation>例如：2026-11 上海出差</translation>
    </message>
    <message>
        <source>As it must appear as the buyer on invoices</source>
        <translation>须与发票上的购买方名称一致</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>报销人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>事由(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>单位(&amp;E)：</translation>
    </message>
    <message>
        <source>Employer &amp;tax ID:</source>
        <translation>单位税号(&amp;T)：</translation>
    </message>
    <message>
        <source>The employer&apos;s tax ID does not pass the GB 32100 check: compare it with a recent invoice.</source>
        <translation>单位税号未通过 GB 32100 校验：请与近期的发票核对。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as CNY.</source>
        <translation>币种应为三个字母的 ISO 代码，例如 CNY。</translation>
    </message>
</context>
<context>
    <name>ra::ClaimDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n invoices</source>
        <translation>
            <numerusform>删除 %n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <source>The recognition result does not belong to this file (its checksum differs).</source>
        <translation>该识别结果不属于此文件（校验和不一致）。</translation>
    </message>
    <message>
        <source>The file of this recognition result is not in the claim.</source>
        <translation>该识别结果对应的文件不在此报销单中。</translation>
    </message>
</context>
<context>
    <name>ra::ClaimSession</name>
    <message>
        <source>Untitled claim</source>
        <translation>未命名报销单</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>This claim is open.</source>
        <translation>此报销单已打开。</translation>
    </message>
    <message>
        <source>Cannot move %1 out of the way.</source>
        <translation>无法将 %1 移开。</translation>
    </message>
</context>
<context>
    <name>ra::ClaimStore</name>
    <message>
        <source>“%1” is damaged and cannot be used: SQLite&apos;s check of the file found “%2”. It was not changed. Open an earlier copy of the claim (a backup, or the copy you handed in), or recognise the original invoices again into a new claim.</source>
        <translation>“%1”已损坏，无法使用：SQLite 检查该文件时发现“%2”。文件未被改动。请打开该报销单较早的副本（备份，或您提交过的那一份），或将原始发票重新识别到新的报销单中。</translation>
    </message>
    <message>
        <source>the bytes of “%1” do not match their SHA-256</source>
        <translation>“%1”的内容与其 SHA-256 不符</translation>
    </message>
</context>
<context>
    <name>ra::CompareDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply Ticked Values</source>
        <translation>应用勾选的值(&amp;A)</translation>
    </message>
    <message>
        <source>Compare With Another Provider</source>
        <translation>与其他服务商比对</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In the claim</source>
        <translation>报销单中的值</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>其他服务商</translation>
    </message>
    <message>
        <source>Read by: %1. Choose another provider and run it; nothing changes until you apply.</source>
        <translation>识别来源：%1。请选择另一家服务商并运行；在您应用之前不会有任何更改。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Recognising with %1…</source>
        <translation>正在用 %1 识别…</translation>
    </message>
    <message>
        <source>%1 could not read it: %2</source>
        <translation>%1 无法识别：%2</translation>
    </message>
    <message>
        <source>%1 found no invoice in this file.</source>
        <translation>%1 在此文件中未找到发票。</translation>
    </message>
    <message>
        <source>%1 read the same values.</source>
        <translation>%1 识别出的值相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Tick the values to take.</source>
        <translation>
            <numerusform>有 %n 个字段不同。请勾选要采用的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take values from another provider</source>
        <translation>采用其他服务商识别的值</translation>
    </message>
    <message numerus="yes">
        <source>%1 found %n invoice(s) in this file, but none is in this invoice&apos;s place on the page or has its number, date and total. Nothing can be applied.</source>
        <translation>
            <numerusform>%1 在此文件中找到 %n 张发票，但没有一张位于此发票在页面上的位置，也没有一张与它的号码、日期和价税合计相同。无法应用任何值。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found several invoices that could be this one, and neither their place nor their number, date and total tells which. Nothing can be applied.</source>
        <translation>%1 找到了多张可能是此发票的发票，但凭位置或号码、日期和价税合计都无法确定是哪一张。无法应用任何值。</translation>
    </message>
    <message>
        <source>What %1 found in this invoice&apos;s place has a different number. Nothing can be applied.</source>
        <translation>%1 在此发票的位置上识别出的发票号码不同。无法应用任何值。</translation>
    </message>
    <message>
        <source>The invoice %1 found in this place has a different number: check that it is the same invoice before applying anything.</source>
        <translation>%1 在此位置找到的发票号码不同：应用任何值之前，请先确认是同一张发票。</translation>
    </message>
    <message>
        <source>Compared with the invoice %1 found that agrees on %2.</source>
        <translation>已与 %1 找到的发票比对，两者的%2一致。</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the one of %n invoices %1 found in the same place on the page.</source>
        <translation>
            <numerusform>%1 找到了 %n 张发票，已与其中位于页面同一位置的那张比对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ConnectionCheck</name>
    <message>
        <source>There is no connection test for &quot;%1&quot;.</source>
        <translation>没有针对“%1”的连接测试。</translation>
    </message>
    <message>
        <source>Enter the keys for %1 first: nothing was sent.</source>
        <translation>请先输入 %1 的密钥：未发送任何内容。</translation>
    </message>
    <message>
        <source>The endpoint for %1 is refused: %2 Nothing was sent.</source>
        <translation>%1 的接口地址被拒绝：%2 未发送任何内容。</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>连接测试已取消。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s. Check the endpoint and the network connection.</source>
        <translation>%1 在 %2 秒内没有响应。请检查接口地址和网络连接。</translation>
    </message>
    <message>
        <source>the connection was refused (nothing answers at that address and port)</source>
        <translation>连接被拒绝（该地址和端口上没有服务响应）</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>找不到该主机名</translation>
    </message>
    <message>
        <source>a secure connection could not be established</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未响应就关闭了连接</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the endpoint and the network connection.</source>
        <translation>无法连接 %1：%2。请检查接口地址和网络连接。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: the keys were accepted.</source>
        <translation>已连接到 %2 上的 %1：密钥已被接受。</translation>
    </message>
    <message>
        <source>%1 refused the keys (%2). Check that they were copied completely and belong to this service.</source>
        <translation>%1 拒绝了密钥（%2）。请检查密钥是否复制完整、是否属于此服务。</translation>
    </message>
    <message>
        <source>%1 refused the request time (%2). Set this computer&apos;s clock right.</source>
        <translation>%1 拒绝了请求时间（%2）。请校准本机的时钟。</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 返回了错误（%2）。</translation>
    </message>
    <message>
        <source>%1 did not answer like %2 (%3). Check the endpoint.</source>
        <translation>%1 的响应不像 %2（%3）。请检查接口地址。</translation>
    </message>
</context>
<context>
    <name>ra::DecodeBudget</name>
    <message>
        <source>Opening this image needs %1 MiB of memory, more than the %2 MiB set aside for decoding images. Scan or export it at a lower resolution.</source>
        <translation>打开这张图片需要 %1 MiB 内存，超过了为解码图片预留的 %2 MiB。请以较低的分辨率重新扫描或导出。</translation>
    </message>
    <message>
        <source>Too many large images are being opened at once: this one waited %1 s for %2 MiB of memory. Try it again, or recognise fewer documents at once.</source>
        <translation>同时打开的大图片太多：这张图片为等待 %2 MiB 内存已等了 %1 秒。请重试，或一次识别较少的文件。</translation>
    </message>
</context>
<context>
    <name>ra::ExportColumnList</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation>默认(&amp;F)</translation>
    </message>
    <message>
        <source>Bring back the usual columns in their usual order</source>
        <translation>恢复默认的列及其顺序</translation>
    </message>
</context>
<context>
    <name>ra::ExportDialog</name>
    <message>
        <source>Export Claim</source>
        <translation>导出报销单</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the current step; files already written stay</source>
        <translation>在当前步骤完成后停止；已写入的文件会保留</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>电子表格（XLSX）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <source>PDF claim report</source>
        <translation>PDF 报销报告</translation>
    </message>
    <message>
        <source>Original files</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (XLSX)</source>
        <translation>电子表格（XLSX）(&amp;S)</translation>
    </message>
    <message>
        <source>One row per invoice with totals, and a sheet of subtotals per invoice type. Opens in Excel and LibreOffice.</source>
        <translation>每张发票一行，带合计，另附一张按发票类型汇总的小计表。可用 Excel 和 LibreOffice 打开。</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>CSV(&amp;C)</translation>
    </message>
    <message>
        <source>The same columns as plain text (UTF-8), for other programs.</source>
        <translation>与电子表格相同的列，保存为纯文本（UTF-8），供其他程序使用。</translation>
    </message>
    <message>
        <source>&amp;JSON data</source>
        <translation>JSON 数据(&amp;J)</translation>
    </message>
    <message>
        <source>Every field with where it came from, and the findings. For other programs.</source>
        <translation>包含每个字段及其来源，以及校验问题。供其他程序使用。</translation>
    </message>
    <message>
        <source>&amp;PDF claim report</source>
        <translation>PDF 报销报告(&amp;P)</translation>
    </message>
    <message>
        <source>A summary sheet to sign, then the invoices laid out for printing.</source>
        <translation>先是一页供签字的汇总表，然后是排好版便于打印的发票。</translation>
    </message>
    <message>
        <source>&amp;Original files, renamed</source>
        <translation>原始文件（重命名）(&amp;O)</translation>
    </message>
    <message>
        <source>A copy of every original invoice file, named by the template below.</source>
        <translation>每个原始发票文件的副本，按下方的模板命名。</translation>
    </message>
    <message>
        <source>Save To</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Every exported file is called this, with its own suffix</source>
        <translation>所有导出文件都使用此名称，各自加上相应的扩展名</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The language of the column titles and of the report</source>
        <translation>列标题和报告所用的语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Spreadsheet Columns (XLSX, CSV)</source>
        <translation>表格列（XLSX、CSV）</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag them or use the buttons to order them.</source>
        <translation>勾选要导出的列；拖动或使用按钮调整顺序。</translation>
    </message>
    <message>
        <source>PDF Claim Report</source>
        <translation>PDF 报销报告</translation>
    </message>
    <message>
        <source>One invoice per page</source>
        <translation>每页一张发票</translation>
    </message>
    <message>
        <source>Two invoices per page, with a cut line</source>
        <translation>每页两张发票，带裁切线</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>150 dpi (smaller file, faster)</source>
        <translation>150 dpi（文件较小，速度较快）</translation>
    </message>
    <message>
        <source>300 dpi (sharp print)</source>
        <translation>300 dpi（打印清晰）</translation>
    </message>
    <message>
        <source>Print &amp;quality:</source>
        <translation>打印质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Original Files</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>Placeholders: {date} {seller} {buyer} {total} {number} {code} {type} {index} {file} {claimant}</source>
        <translation>占位符：{date} 开票日期、{seller} 销售方、{buyer} 购买方、{total} 价税合计、{number} 发票号码、{code} 发票代码、{type} 发票类型、{index} 序号、{file} 原文件名、{claimant} 报销人</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use the usual template, %1</source>
        <translation>使用默认模板：%1</translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation>命名模板(&amp;T)：</translation>
    </message>
    <message>
        <source>First file:</source>
        <translation>第一个文件：</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>%1 originals</source>
        <comment>folder the renamed original files are copied into</comment>
        <translation>%1 原始文件</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>报销单</translation>
    </message>
    <message>
        <source>Choose what to export above.</source>
        <translation>请在上方选择要导出的内容。</translation>
    </message>
    <message>
        <source>Choose a folder and a file name.</source>
        <translation>请选择文件夹并输入文件名。</translation>
    </message>
    <message>
        <source>the folder “%1” for the originals</source>
        <translation>存放原始文件的文件夹“%1”</translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation>将写入：%1。</translation>
    </message>
    <message>
        <source>(the claim has no invoices yet)</source>
        <translation>（报销单中还没有发票）</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>The claim is no longer open.</source>
        <translation>该报销单已关闭。</translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation>请至少选择一项导出内容。</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>Enter a name for the exported files.</source>
        <translation>请输入导出文件的名称。</translation>
    </message>
    <message>
        <source>Tick at least one spreadsheet column.</source>
        <translation>请至少勾选一个表格列。</translation>
    </message>
    <message>
        <source>Enter a name template for the original files, or press Default.</source>
        <translation>请输入原始文件的命名模板，或点击“默认”。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export already exist:</source>
        <translation>
            <numerusform>本次导出的 %n 个文件已存在：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Existing Files?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message>
        <source>Replace them with the new export?</source>
        <translation>是否用本次导出的文件替换它们？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder to export to.</source>
        <translation>“%1”是文件而不是文件夹。请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Choose another folder.</source>
        <translation>无法创建文件夹“%1”。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>You cannot save files in “%1”. Choose another folder.</source>
        <translation>无法在“%1”中保存文件。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>There is a folder called “%1” where the file should go. Choose another file name.</source>
        <translation>要保存文件的位置已有名为“%1”的文件夹。请换一个文件名。</translation>
    </message>
    <message>
        <source>There is a file called “%1” where the folder of originals should go. Choose another file name.</source>
        <translation>要存放原始文件文件夹的位置已有名为“%1”的文件。请换一个文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: %n file(s) already exist. Choose another file name or folder, or replace them.</source>
        <translation>
            <numerusform>未导出任何内容：已有 %n 个同名文件。请换一个文件名或文件夹，或替换这些文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>导出仍在进行中。</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>将在当前步骤完成后停止…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>%1 of %2 files copied</source>
        <translation>已复制 %1/%2 个文件</translation>
    </message>
    <message>
        <source>%1 of %2 invoices drawn</source>
        <translation>已绘制 %1/%2 张发票</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) is not installed, so no XLSX could be written. Install it, or export CSV instead.</source>
        <translation>未安装电子表格库（libxlsxwriter），无法写入 XLSX。请安装该库，或改为导出 CSV。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The originals could not all be copied into “%1”. Check that the folder can be written to and that the disk is not full, then export again.</source>
        <translation>部分原始文件未能复制到“%1”。请检查该文件夹是否可写、磁盘是否已满，然后重新导出。</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the file is not open in another program, that the folder can be written to and that the disk is not full, then export again. A file of that name from before is unchanged.</source>
        <translation>无法写入“%1”。请检查该文件是否已在其他程序中打开、文件夹是否可写、磁盘是否已满，然后重新导出。原有的同名文件保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) copied</source>
        <translation>
            <numerusform>完成：已复制 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n file(s); those are complete</source>
        <translation>
            <numerusform>已在完成 %n 个文件后停止；这些文件是完整的</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing copied</source>
        <translation>已停止；未复制任何文件</translation>
    </message>
    <message>
        <source>Stopped; not written</source>
        <translation>已停止；未写入</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to “%1”:</source>
        <translation>
            <numerusform>已将 %n 个文件写入“%1”：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished with problems</source>
        <translation>导出已结束，但出现了问题</translation>
    </message>
    <message>
        <source>Nothing was written. See above for what went wrong.</source>
        <translation>未写入任何文件。出错原因见上文。</translation>
    </message>
    <message numerus="yes">
        <source>See above for what went wrong. These %n file(s) were written and are complete:</source>
        <translation>
            <numerusform>出错原因见上文。以下 %n 个文件已写入且完整：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>导出已停止</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) were written before it stopped and are complete:</source>
        <translation>
            <numerusform>以下 %n 个文件在停止前已写入且完整：</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>报销单 %1</translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <translation>报销单 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>ra::FieldDelegate</name>
    <message>
        <source>Enter keeps the text; Shift+Enter starts a new line.</source>
        <translation>按 Enter 确认输入；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>1234.56</source>
        <translation>1234.56</translation>
    </message>
    <message>
        <source>2024-05-08</source>
        <translation>2024-05-08</translation>
    </message>
    <message>
        <source>09:05</source>
        <translation>09:05</translation>
    </message>
    <message>
        <source>13%</source>
        <translation>13%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ra::FieldForm</name>
    <message>
        <source>Select an invoice</source>
        <translation>请选择一张发票</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>You checked every value of this invoice against the page</source>
        <translation>您已对照票面核对了这张发票的每个值</translation>
    </message>
    <message>
        <source>Click a finding to go to its field</source>
        <translation>点击问题可跳转到对应字段</translation>
    </message>
    <message>
        <source>The invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>The invoice type, from: %1</source>
        <translation>发票类型，来源：%1</translation>
    </message>
    <message>
        <source>the invoice code or number</source>
        <translation>发票代码或号码</translation>
    </message>
    <message>
        <source>the invoice code</source>
        <translation>发票代码</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>No source stated the type: it was inferred from %1. Check it.</source>
        <translation>没有任何来源给出发票类型：它是根据%1推断的，请核对。</translation>
    </message>
    <message>
        <source>No field selected</source>
        <translation>未选择字段</translation>
    </message>
    <message>
        <source>Select a field to see where its value came from.</source>
        <translation>选择一个字段，即可查看其值的来源。</translation>
    </message>
    <message>
        <source>Use %1 — %2</source>
        <translation>采用 %1 — %2</translation>
    </message>
    <message>
        <source>Use “%1” for %2</source>
        <translation>将“%1”用作%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>the vendor&apos;s other reading</source>
        <translation>服务商的另一识别结果</translation>
    </message>
    <message>
        <source>as read</source>
        <translation>原识别值</translation>
    </message>
    <message>
        <source>Not on this invoice: type a value to add it.</source>
        <translation>此发票上没有该项：输入值即可添加。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Read by the machine: %1</source>
        <translation>机器识别值：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The provider was unsure of this value.</source>
        <translation>服务商对此值不确定。</translation>
    </message>
    <message>
        <source>On page %1</source>
        <translation>位于第 %1 页</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier edit(s)</source>
        <translation>
            <numerusform>… 另有 %n 处更早的修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>明细（%1）</translation>
    </message>
    <message>
        <source>Flights (%1)</source>
        <translation>航段（%1）</translation>
    </message>
    <message>
        <source>Trips (%1)</source>
        <translation>行程（%1）</translation>
    </message>
    <message>
        <source>It came from: %1</source>
        <translation>机器识别值的来源：%1</translation>
    </message>
</context>
<context>
    <name>ra::FieldTableModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Not on this invoice</source>
        <translation>此发票上没有该项</translation>
    </message>
    <message>
        <source>No value: type one to add it</source>
        <translation>无值：输入即可添加</translation>
    </message>
    <message>
        <source>Source: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>来源：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The provider was unsure of this value.</source>
        <translation>服务商对此值不确定。</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>You</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>You (was empty)</source>
        <translation>手动录入（原为空）</translation>
    </message>
    <message>
        <source>You (was %1)</source>
        <translation>手动录入（原为 %1）</translation>
    </message>
    <message>
        <source>%1, unsure</source>
        <translation>%1，不确定</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 未修改：%2</translation>
    </message>
</context>
<context>
    <name>ra::GeneralSettingsPage</name>
    <message>
        <source>The last character does not match the others: check for a typing error.</source>
        <translation>最后一位校验码与其余字符不符：请检查是否输入有误。</translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and the letters A–Y without I, O, S, V and Z.</source>
        <translation>统一社会信用代码只包含数字和字母 A–Y（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>This is a resident ID number: accepted as the tax id of an individual.</source>
        <translation>这是居民身份证号码：作为个人的纳税人识别号接受。</translation>
    </message>
    <message numerus="yes">
        <source>A tax id has 18 characters (older ones 15 to 20); this one has %n.</source>
        <translation>
            <numerusform>纳税人识别号为 18 位（旧号码为 15 到 20 位）；此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A tax id has only digits and capital letters.</source>
        <translation>纳税人识别号只包含数字和大写字母。</translation>
    </message>
    <message>
        <source>Not an 18-character unified social credit code: accepted as an older tax registration number.</source>
        <translation>不是 18 位统一社会信用代码：按旧版税务登记号接受。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Invoices must be made out to your employer: these values are compared with each invoice&apos;s buyer (购买方).</source>
        <translation>发票抬头必须是您的单位：以下信息会与每张发票的购买方进行比对。</translation>
    </message>
    <message>
        <source>e.g. 北京某某科技有限公司</source>
        <translation>例如：北京某某科技有限公司</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>默认服务商</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>OFD files</source>
        <translation>OFD 文件</translation>
    </message>
    <message>
        <source>Images and scans</source>
        <translation>图片和扫描件</translation>
    </message>
    <message>
        <source>%1 (no keys yet)</source>
        <translation>%1（尚未设置密钥）</translation>
    </message>
    <message>
        <source>Automatic (local for PDF and OFD, a configured vendor for images)</source>
        <translation>自动（PDF 和 OFD 在本机识别，图片使用已配置的服务商）</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies after the application is restarted.</source>
        <translation>更改的语言将在重启应用程序后生效。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A vendor call that transfers nothing for this long is given up.</source>
        <translation>调用服务商时，若超过此时长仍没有任何数据传输，则放弃该请求。</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>传输超时</translation>
    </message>
    <message>
        <source>✔ A valid unified social credit code.</source>
        <translation>✔ 有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Employer tax id: %1</source>
        <translation>单位税号：%1</translation>
    </message>
</context>
<context>
    <name>ra::ImportController</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Only files and http(s) addresses can be imported.</source>
        <translation>只能导入文件和 http(s) 地址。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过了 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <source>The download was empty.</source>
        <translation>下载的内容为空。</translation>
    </message>
    <message>
        <source>No recognition provider is available.</source>
        <translation>没有可用的识别服务商。</translation>
    </message>
    <message>
        <source>The provider “%1” is not available in this build.</source>
        <translation>此版本不包含服务商“%1”。</translation>
    </message>
    <message>
        <source>This file is already in the claim.</source>
        <translation>此文件已在报销单中。</translation>
    </message>
    <message>
        <source>Could not add it to the claim: %1</source>
        <translation>无法添加到报销单：%1</translation>
    </message>
    <message>
        <source>The provider “%1” is not available.</source>
        <translation>服务商“%1”不可用。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>This is not a PDF, OFD or image file.</source>
        <translation>这不是 PDF、OFD 或图片文件。</translation>
    </message>
    <message>
        <source>The PDF is damaged.</source>
        <translation>PDF 文件已损坏。</translation>
    </message>
    <message>
        <source>The PDF is password-protected; open it, print it to a new PDF and import that.</source>
        <translation>该 PDF 受密码保护；请打开它，打印为新的 PDF 后再导入。</translation>
    </message>
    <message>
        <source>The image is damaged.</source>
        <translation>图片已损坏。</translation>
    </message>
    <message>
        <source>The image has too many pixels to open safely.</source>
        <translation>图片像素过多，无法安全打开。</translation>
    </message>
    <message>
        <source>The OFD file is damaged.</source>
        <translation>OFD 文件已损坏。</translation>
    </message>
    <message>
        <source>The OFD file was refused as unsafe (it looks like a zip bomb or escapes its folder).</source>
        <translation>该 OFD 文件不安全，已拒绝打开（疑似压缩炸弹，或其中的路径指向所在目录之外）。</translation>
    </message>
    <message>
        <source>The file&apos;s XML is malformed.</source>
        <translation>文件中的 XML 格式错误。</translation>
    </message>
    <message>
        <source>No invoice was found in this file.</source>
        <translation>此文件中未找到发票。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Vendor code: %1.</source>
        <translation>服务商错误码：%1。</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>请求 ID：%1。</translation>
    </message>
    <message>
        <source>The copy kept in the claim cannot be read.</source>
        <translation>无法读取报销单中保存的副本。</translation>
    </message>
    <message>
        <source>Nothing of this file was kept; import it again.</source>
        <translation>报销单中没有保存此文件的任何内容；请重新导入。</translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListDelegate</name>
    <message>
        <source>Duplicate: this invoice was claimed before, in this claim or in another one.</source>
        <translation>重复：此发票已在本报销单或其他报销单中报销过。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>The type was inferred from the invoice code or number; check it.</source>
        <translation>类型是根据发票代码或号码推断的，请核对。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed on the invoice: worked out as amount + tax, as the exports count it.</source>
        <translation>发票上未印此值：按金额 + 税额计算得出，与导出时的算法相同。</translation>
    </message>
    <message>
        <source>Not finished when the app last stopped. Choose Resume to recognise it.</source>
        <translation>上次程序退出时尚未完成。请选择“继续识别”进行识别。</translation>
    </message>
    <message>
        <source>Cancelled before it was recognised.</source>
        <translation>识别前已取消。</translation>
    </message>
    <message>
        <source>An itinerary, probably of invoice %1 (same amount; its seller names no platform). Not counted in the total.</source>
        <translation>行程单，可能属于发票 %1（金额相同；其销售方未显示平台）。不计入合计。</translation>
    </message>
    <message>
        <source>The itinerary of invoice %1 (same platform and amount). Not counted in the total.</source>
        <translation>发票 %1 的行程单（平台与金额相同）。不计入合计。</translation>
    </message>
    <message>
        <source>An itinerary: no invoice of the same platform and amount is in the claim. Not counted in the total.</source>
        <translation>行程单：报销单中没有同平台、同金额的发票。不计入合计。</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>无法显示此页：%1</translation>
    </message>
    <message>
        <source>Finding the lines of printed text (OCR)</source>
        <translation>正在查找票面文字行（OCR）</translation>
    </message>
    <message>
        <source>Reading the printed text (OCR): line %1 of %2</source>
        <translation>正在识别票面文字（OCR）：第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>第 %1 页，共 %2 页 · %3</translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListPanel</name>
    <message>
        <source>Search number, seller, date…</source>
        <translation>搜索号码、销售方、日期…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), total ¥%1</source>
        <translation>
            <numerusform>%n 张发票，合计 ¥%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 invoices shown, total shown ¥%3</source>
        <translation>显示 %2 张中的 %1 张发票，显示部分合计 ¥%3</translation>
    </message>
    <message>
        <source>Drop invoices here, or press %1</source>
        <translation>将发票拖放到此处，或按 %1</translation>
    </message>
    <message>
        <source>No invoice matches the filters.</source>
        <translation>没有符合筛选条件的发票。</translation>
    </message>
</context>
<context>
    <name>ra::Jbig2Image</name>
    <message>
        <source>The JBIG2 image is empty.</source>
        <translation>JBIG2 图像为空。</translation>
    </message>
    <message>
        <source>The JBIG2 decoder could not start.</source>
        <translation>JBIG2 解码器无法启动。</translation>
    </message>
    <message>
        <source>The JBIG2 image needs more memory than allowed.</source>
        <translation>JBIG2 图像所需内存超出允许范围。</translation>
    </message>
    <message>
        <source>The JBIG2 image is damaged: %1</source>
        <translation>JBIG2 图像已损坏：%1</translation>
    </message>
    <message>
        <source>The JBIG2 stream holds no page.</source>
        <translation>JBIG2 数据流中没有页面。</translation>
    </message>
    <message>
        <source>The JBIG2 image has an unusable size (%1 × %2).</source>
        <translation>JBIG2 图像的尺寸无效（%1 × %2）。</translation>
    </message>
    <message>
        <source>The JBIG2 image is too large to hold in memory.</source>
        <translation>JBIG2 图像过大，内存无法容纳。</translation>
    </message>
</context>
<context>
    <name>ra::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available on this desktop. Keys you enter are kept only until you quit, and must be entered again next time.</source>
        <translation>此桌面环境中没有可用的系统钥匙串。您输入的密钥仅保留到退出程序为止，下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>ra::LocalRecognizer</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not read.</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的文件不予读取。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>A temporary copy could not be written.</source>
        <translation>无法写入临时副本。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OFD document (it has no OFD.xml).</source>
        <translation>该文件是 ZIP 压缩包，但不是 OFD 文件（其中没有 OFD.xml）。</translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD or image (JPEG, PNG, BMP, TIFF, WebP) judging by its content.</source>
        <translation>从内容判断，该文件不是 PDF、OFD 或图片（JPEG、PNG、BMP、TIFF、WebP）。</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The claim file could not be written</source>
        <translation>无法写入报销单文件</translation>
    </message>
    <message>
        <source>%1

Your last change was not saved. Use File › Save As to keep the claim somewhere else.</source>
        <translation>%1

您最近的修改未保存。请使用“文件 › 另存为”将报销单保存到其他位置。</translation>
    </message>
    <message>
        <source>Cannot start a claim</source>
        <translation>无法新建报销单</translation>
    </message>
    <message>
        <source>&amp;New Claim</source>
        <translation>新建报销单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Claim…</source>
        <translation>打开报销单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste Invoice</source>
        <translation>粘贴发票(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Claim &amp;Details…</source>
        <translation>报销单信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;move Invoice</source>
        <translation>移除发票(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next Invoice</source>
        <translation>下一张发票(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Invoice</source>
        <translation>上一张发票(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Field</source>
        <translation>下一个字段(&amp;F)</translation>
    </message>
    <message>
        <source>Previous F&amp;ield</source>
        <translation>上一个字段(&amp;I)</translation>
    </message>
    <message>
        <source>Next Fin&amp;ding</source>
        <translation>下一个问题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit Field</source>
        <translation>编辑字段(&amp;E)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Go On</source>
        <translation>标记为已审核并继续(&amp;R)</translation>
    </message>
    <message>
        <source>Re-run With Another &amp;Provider…</source>
        <translation>用其他服务商重新识别(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Recognition</source>
        <translation>取消识别(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate Ri&amp;ght</source>
        <translation>向右旋转(&amp;G)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>上一页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;About Reimbursement Assistant</source>
        <translation>关于报销助手(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Which service recognises the documents you import next</source>
        <translation>选择识别接下来导入的文件所用的服务商</translation>
    </message>
    <message>
        <source>Provider Not Set Up</source>
        <translation>服务商尚未设置</translation>
    </message>
    <message>
        <source>%1 needs your account keys before it can recognise anything. Enter them now?</source>
        <translation>%1 需要您的账户密钥才能进行识别。现在输入吗？</translation>
    </message>
    <message>
        <source>By file type (Settings)</source>
        <translation>按文件类型（见设置）</translation>
    </message>
    <message>
        <source>%1 — not set up</source>
        <translation>%1 — 未设置</translation>
    </message>
    <message>
        <source>Automatic (best configured)</source>
        <translation>自动（已配置的最佳服务商）</translation>
    </message>
    <message>
        <source>%1[*] — Reimbursement Assistant</source>
        <translation>%1[*] — 报销助手</translation>
    </message>
    <message>
        <source>No recent claims</source>
        <translation>没有最近的报销单</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Recognising %1…</source>
        <translation>正在识别 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 could not be added: see the rows marked Error.</source>
        <translation>已添加 %1 个，%2 个无法添加：请查看标为“出错”的行。</translation>
    </message>
    <message>
        <source>Recognition Running</source>
        <translation>正在识别</translation>
    </message>
    <message>
        <source>Wait for the documents being recognised, or cancel them, before opening another claim.</source>
        <translation>请等待正在识别的文件完成，或取消识别，然后再打开其他报销单。</translation>
    </message>
    <message>
        <source>Cannot Open Claim</source>
        <translation>无法打开报销单</translation>
    </message>
    <message>
        <source>Save Claim?</source>
        <translation>保存报销单？</translation>
    </message>
    <message>
        <source>This claim has not been saved under a name yet. Save it before going on?</source>
        <translation>此报销单尚未命名保存。是否先保存再继续？</translation>
    </message>
    <message>
        <source>If you discard it, its invoices are removed from the duplicate check too.</source>
        <translation>如果不保存，其中的发票也会从查重记录中移除。</translation>
    </message>
    <message>
        <source>Documents are still being recognised. Stop and quit? Everything already added stays in the claim.</source>
        <translation>仍有文件正在识别。是否停止并退出？已添加的内容都会保留在报销单中。</translation>
    </message>
    <message>
        <source>Open Claim</source>
        <translation>打开报销单</translation>
    </message>
    <message>
        <source>Claims (*.claim);;All files (*)</source>
        <translation>报销单 (*.claim);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Invoices</source>
        <translation>导入发票</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.ofd *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>发票 (*.pdf *.ofd *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Invoices</source>
        <translation>导入发票文件夹</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>粘贴的图片 %1.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or address to import.</source>
        <translation>剪贴板中没有可导入的图片、文件或地址。</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>报销单 %1</translation>
    </message>
    <message>
        <source>Save Claim As</source>
        <translation>报销单另存为</translation>
    </message>
    <message>
        <source>Claims (*.claim)</source>
        <translation>报销单 (*.claim)</translation>
    </message>
    <message>
        <source>Cannot Save Claim</source>
        <translation>无法保存报销单</translation>
    </message>
    <message>
        <source>Every invoice in this claim is reviewed.</source>
        <translation>此报销单中的所有发票均已审核。</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss &amp;All Errors</source>
        <translation>忽略全部错误(&amp;A)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续识别(&amp;R)</translation>
    </message>
    <message>
        <source>Resume A&amp;ll Unfinished</source>
        <translation>继续识别全部未完成项(&amp;L)</translation>
    </message>
    <message>
        <source>Show Invoice &amp;List</source>
        <translation>显示发票列表(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n 张发票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished file(s)</source>
        <translation>
            <numerusform>%n 个未完成的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not recognised</source>
        <translation>
            <numerusform>%n 个识别失败的文件</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved claim from %1 with %2 was left open when the app last stopped.</source>
        <translation>上次程序退出时，有一份未保存的报销单仍处于打开状态（%1，含 %2）。</translation>
    </message>
    <message>
        <source>The unsaved claim “%1” from %2 with %3 was left open when the app last stopped.</source>
        <translation>上次程序退出时，未保存的报销单“%1”仍处于打开状态（%2，含 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>(%n older one(s) too.)</source>
        <translation>
            <numerusform>（另有 %n 份更早的未保存报销单。）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>The unsaved claim could not be discarded: %1</source>
        <translation>无法丢弃未保存的报销单：%1</translation>
    </message>
    <message>
        <source>The unsaved claim was moved to %1. Open it from there if you need it after all.</source>
        <translation>未保存的报销单已移至 %1。如仍需要，可从该位置打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this claim were not finished when it was last open.</source>
        <translation>
            <numerusform>此报销单上次打开时有 %n 个文件未完成识别。</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续识别(&amp;U)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Enter an Invoice by Hand</source>
        <translation>手动录入发票</translation>
    </message>
    <message>
        <source>What kind of invoice is on “%1”?</source>
        <translation>“%1”中是哪种发票？</translation>
    </message>
    <message>
        <source>The file cannot be read any more, so there is no page to enter the invoice on. Import it again.</source>
        <translation>该文件已无法读取，没有可供录入发票的页面。请重新导入。</translation>
    </message>
    <message>
        <source>&amp;Enter by Hand…</source>
        <translation>手动录入(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter Invoice by &amp;Hand…</source>
        <translation>手动录入发票(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Mark Field on Page</source>
        <translation>在页面上标出字段(&amp;M)</translation>
    </message>
    <message>
        <source>Fill in the fields from the page; each one you type is marked as yours. Ctrl+M marks where a field is on the page.</source>
        <translation>请对照票面填写字段；您输入的每个值都会标记为手动录入。按 Ctrl+M 可在页面上标出字段所在位置。</translation>
    </message>
    <message>
        <source>Choose an invoice and one of its fields in the form first.</source>
        <translation>请先选择一张发票，并在表单中选择一个字段。</translation>
    </message>
    <message>
        <source>Drag a box around the field’s value on the page (Esc to stop).</source>
        <translation>请在页面上拖出一个框，框住该字段的值（按 Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>ra::OfdDocument</name>
    <message>
        <source>The OFD part &quot;%1&quot; is not well-formed XML: %2.</source>
        <translation>OFD 部件“%1”不是格式正确的 XML：%2。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OFD document: it has no OFD.xml.</source>
        <translation>该文件是 ZIP 压缩包，但不是 OFD 文件：其中没有 OFD.xml。</translation>
    </message>
    <message>
        <source>The OFD document has no document body (DocBody) in OFD.xml.</source>
        <translation>OFD.xml 中没有文档主体（DocBody）。</translation>
    </message>
    <message>
        <source>The OFD document names its root &quot;%1&quot; but the package has no such part.</source>
        <translation>OFD 文件声明的根部件为“%1”，但包中没有该部件。</translation>
    </message>
    <message>
        <source>The resource part &quot;%1&quot; is missing.</source>
        <translation>缺少资源部件“%1”。</translation>
    </message>
    <message>
        <source>The template page &quot;%1&quot; is missing.</source>
        <translation>缺少模板页“%1”。</translation>
    </message>
    <message>
        <source>The document lists %1 pages; only the first %2 are read.</source>
        <translation>文件列出了 %1 页；只读取前 %2 页。</translation>
    </message>
    <message>
        <source>The OFD document has no pages.</source>
        <translation>OFD 文件中没有页面。</translation>
    </message>
    <message>
        <source>The annotation list &quot;%1&quot; is missing.</source>
        <translation>缺少注释列表“%1”。</translation>
    </message>
    <message>
        <source>The attachment list &quot;%1&quot; is missing.</source>
        <translation>缺少附件列表“%1”。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is missing.</source>
        <translation>缺少附件“%1”。</translation>
    </message>
    <message>
        <source>The custom tag list &quot;%1&quot; is missing.</source>
        <translation>缺少自定义标签列表“%1”。</translation>
    </message>
    <message>
        <source>The custom tag file &quot;%1&quot; is missing.</source>
        <translation>缺少自定义标签文件“%1”。</translation>
    </message>
    <message>
        <source>The document has more than %1 graphic objects; the rest were not read.</source>
        <translation>文件中的图形对象超过 %1 个；其余的未读取。</translation>
    </message>
    <message>
        <source>The font file &quot;%1&quot; is missing.</source>
        <translation>缺少字体文件“%1”。</translation>
    </message>
    <message>
        <source>The media file &quot;%1&quot; is missing.</source>
        <translation>缺少多媒体文件“%1”。</translation>
    </message>
    <message>
        <source>The content of page %1 is missing from the package.</source>
        <translation>包中缺少第 %1 页的内容。</translation>
    </message>
    <message>
        <source>Page %1 does not give its size; A4 is assumed.</source>
        <translation>第 %1 页未给出页面尺寸；按 A4 处理。</translation>
    </message>
</context>
<context>
    <name>ra::OfdInvoiceExtractor</name>
    <message>
        <source>The package holds %1 documents; only the first %2 are read.</source>
        <translation>包中有 %1 个文档；只读取前 %2 个。</translation>
    </message>
</context>
<context>
    <name>ra::OfdPackage</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>The file is not an OFD package: OFD files are ZIP archives and this one does not start like a ZIP archive.</source>
        <translation>该文件不是 OFD 包：OFD 文件是 ZIP 压缩包，而此文件的开头不像 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>The OFD package is damaged or incomplete (truncated download?): its ZIP directory cannot be read (zip error %1).</source>
        <translation>OFD 包已损坏或不完整（下载中断？）：无法读取其 ZIP 目录（zip 错误 %1）。</translation>
    </message>
    <message>
        <source>The OFD package was refused: it has %1 entries, more than the %2 an invoice could need.</source>
        <translation>已拒绝该 OFD 包：其中有 %1 个条目，超过一张发票所需的 %2 个。</translation>
    </message>
    <message>
        <source>The OFD package was refused: it has more than %1 entries.</source>
        <translation>已拒绝该 OFD 包：其中的条目超过 %1 个。</translation>
    </message>
    <message>
        <source>The OFD package is damaged: an entry of its ZIP directory cannot be read.</source>
        <translation>OFD 包已损坏：无法读取其 ZIP 目录中的一个条目。</translation>
    </message>
    <message>
        <source>The OFD package was refused as unsafe: %1.</source>
        <translation>该 OFD 包不安全，已拒绝：%1。</translation>
    </message>
    <message>
        <source>The OFD package was refused: the entry &quot;%1&quot; would inflate to %2 MiB, more than the %3 MiB allowed for one part.</source>
        <translation>已拒绝该 OFD 包：条目“%1”解压后为 %2 MiB，超过单个部件允许的 %3 MiB。</translation>
    </message>
    <message>
        <source>The OFD package was refused as a probable zip bomb: the entry &quot;%1&quot; claims a compression ratio above %2:1.</source>
        <translation>已拒绝该 OFD 包，疑似压缩炸弹：条目“%1”声明的压缩比超过 %2:1。</translation>
    </message>
    <message>
        <source>The OFD package was refused: its entries would inflate to more than %1 MiB.</source>
        <translation>已拒绝该 OFD 包：其条目解压后将超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The OFD package is damaged: its ZIP directory ends early (zip error %1).</source>
        <translation>OFD 包已损坏：其 ZIP 目录提前结束（zip 错误 %1）。</translation>
    </message>
    <message>
        <source>The OFD package is not open.</source>
        <translation>OFD 包未打开。</translation>
    </message>
    <message>
        <source>The OFD package has no part &quot;%1&quot;.</source>
        <translation>OFD 包中没有部件“%1”。</translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; cannot be found in the ZIP directory.</source>
        <translation>在 ZIP 目录中找不到 OFD 部件“%1”。</translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation>无法打开 OFD 部件“%1”（已加密或已损坏）。</translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; is damaged: its compressed data cannot be inflated.</source>
        <translation>OFD 部件“%1”已损坏：其压缩数据无法解压。</translation>
    </message>
    <message>
        <source>The OFD package was refused: the part &quot;%1&quot; inflates to more than %2 MiB.</source>
        <translation>已拒绝该 OFD 包：部件“%1”解压后超过 %2 MiB。</translation>
    </message>
    <message>
        <source>The OFD package was refused: its parts inflate to more than %1 MiB in total.</source>
        <translation>已拒绝该 OFD 包：其部件解压后总计超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The OFD package was refused as a probable zip bomb: the part &quot;%1&quot; inflates more than %2 times its compressed size.</source>
        <translation>已拒绝该 OFD 包，疑似压缩炸弹：部件“%1”解压后超过其压缩大小的 %2 倍。</translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; is damaged: its checksum does not match (zip error %2).</source>
        <translation>OFD 部件“%1”已损坏：校验和不匹配（zip 错误 %2）。</translation>
    </message>
</context>
<context>
    <name>ra::OfdPathParser</name>
    <message>
        <source>unknown path command &quot;%1&quot; at offset %2</source>
        <translation>偏移 %2 处有未知的路径命令“%1”</translation>
    </message>
    <message>
        <source>unexpected text at offset %1</source>
        <translation>偏移 %1 处有意外的文本</translation>
    </message>
    <message>
        <source>more than %1 path elements</source>
        <translation>路径元素超过 %1 个</translation>
    </message>
    <message>
        <source>command &quot;%1&quot; lacks a number at offset %2</source>
        <translation>偏移 %2 处的命令“%1”缺少数值</translation>
    </message>
</context>
<context>
    <name>ra::OfdRenderer</name>
    <message>
        <source>The OFD document is not loaded.</source>
        <translation>OFD 文件未加载。</translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 2400 dpi.</source>
        <translation>分辨率必须在 1 到 2400 dpi 之间。</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>该文件共有 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page (%1 × %2 mm) is too large to render at %3 dpi.</source>
        <translation>页面（%1 × %2 毫米）过大，无法以 %3 dpi 渲染。</translation>
    </message>
    <message>
        <source>There is not enough memory to render the page at %1 dpi.</source>
        <translation>内存不足，无法以 %1 dpi 渲染此页。</translation>
    </message>
</context>
<context>
    <name>ra::OfdRenderer::Private</name>
    <message>
        <source>An image names the resource &quot;%1&quot;, which the document does not have.</source>
        <translation>图像引用了资源“%1”，但文件中没有该资源。</translation>
    </message>
    <message>
        <source>The image file &quot;%1&quot; is missing from the package.</source>
        <translation>包中缺少图像文件“%1”。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取图像“%1”：%2</translation>
    </message>
    <message>
        <source>The JBIG2 image &quot;%1&quot; could not be decoded (%2); it is left out.</source>
        <translation>无法解码 JBIG2 图像“%1”（%2）；已略去。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be decoded (%2); it is left out.</source>
        <translation>无法解码图像“%1”（%2）；已略去。</translation>
    </message>
    <message>
        <source>The embedded font file &quot;%1&quot; could not be read.</source>
        <translation>无法读取嵌入的字体文件“%1”。</translation>
    </message>
    <message>
        <source>A graphic object has a malformed or absurd Boundary; it is not drawn.</source>
        <translation>某个图形对象的外接框（Boundary）格式错误或不合理；未绘制。</translation>
    </message>
    <message>
        <source>A graphic object has a malformed or degenerate CTM (&quot;%1&quot;); it is not drawn.</source>
        <translation>某个图形对象的变换矩阵（CTM，“%1”）格式错误或退化；未绘制。</translation>
    </message>
    <message>
        <source>Objects that lie outside the page box are not drawn.</source>
        <translation>位于页面范围之外的对象未绘制。</translation>
    </message>
    <message>
        <source>A path could not be read completely (%1); the part read is drawn.</source>
        <translation>某条路径未能完整读取（%1）；已绘制读取到的部分。</translation>
    </message>
    <message>
        <source>Text is not drawn: rendering text needs the application&apos;s font system (a QGuiApplication).</source>
        <translation>未绘制文字：渲染文字需要应用程序的字体系统（QGuiApplication）。</translation>
    </message>
    <message>
        <source>A text object has no usable font size; it is not drawn.</source>
        <translation>某个文字对象没有可用的字号；未绘制。</translation>
    </message>
    <message>
        <source>A text object names the font &quot;%1&quot;, which the document does not declare; a Song face is used.</source>
        <translation>某个文字对象引用了字体“%1”，但文件中未声明该字体；改用宋体。</translation>
    </message>
    <message>
        <source>The embedded font file &quot;%1&quot; could not be loaded; an installed font is used instead.</source>
        <translation>无法加载嵌入的字体文件“%1”；改用已安装的字体。</translation>
    </message>
    <message>
        <source>No installed font could stand in for &quot;%1&quot;.</source>
        <translation>没有可替代“%1”的已安装字体。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not embedded; &quot;%2&quot; is used instead.</source>
        <translation>字体“%1”未嵌入；改用“%2”。</translation>
    </message>
    <message>
        <source>Some characters have no glyph in any available font and are left out.</source>
        <translation>部分字符在所有可用字体中都没有字形，已略去。</translation>
    </message>
    <message>
        <source>Composite objects nest too deeply; the inner ones are not drawn.</source>
        <translation>复合对象嵌套过深；内层对象未绘制。</translation>
    </message>
    <message>
        <source>A composite object names a resource the document does not have.</source>
        <translation>某个复合对象引用了文件中不存在的资源。</translation>
    </message>
    <message>
        <source>The page uses the template &quot;%1&quot;, which the document does not have.</source>
        <translation>此页使用了模板“%1”，但文件中没有该模板。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; could not be read; it is not drawn.</source>
        <translation>无法读取模板“%1”；未绘制。</translation>
    </message>
    <message>
        <source>A seal&apos;s picture (an OFD) could not be read: %1</source>
        <translation>无法读取印章图片（OFD 格式）：%1</translation>
    </message>
    <message>
        <source>Seal: %1</source>
        <translation>印章：%1</translation>
    </message>
    <message>
        <source>A seal&apos;s picture could not be decoded (%1).</source>
        <translation>无法解码印章图片（%1）。</translation>
    </message>
    <message>
        <source>The page has more than %1 graphic objects; the rest are not drawn.</source>
        <translation>此页的图形对象超过 %1 个；其余的未绘制。</translation>
    </message>
</context>
<context>
    <name>ra::OfdSealExtractor</name>
    <message>
        <source>The signature list could not be read: %1</source>
        <translation>无法读取签名列表：%1</translation>
    </message>
    <message>
        <source>The document has more than %1 signatures; the rest are not drawn.</source>
        <translation>文件中的签名超过 %1 个；其余的未绘制。</translation>
    </message>
    <message>
        <source>The signature &quot;%1&quot; is missing from the package.</source>
        <translation>包中缺少签名“%1”。</translation>
    </message>
    <message>
        <source>A signature could not be read: %1</source>
        <translation>无法读取某个签名：%1</translation>
    </message>
    <message>
        <source>A signature&apos;s seal picture could not be found; its seal is not drawn.</source>
        <translation>找不到某个签名的印章图片；未绘制其印章。</translation>
    </message>
    <message>
        <source>A seal names a page or position that does not exist; it is not drawn.</source>
        <translation>某个印章引用了不存在的页面或位置；未绘制。</translation>
    </message>
</context>
<context>
    <name>ra::OfdXmlNode</name>
    <message>
        <source>a document type declaration (DTD) is not allowed in an OFD part</source>
        <translation>OFD 部件中不允许使用文档类型声明（DTD）</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>元素超过 %1 个</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>有多个根元素</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>没有根元素</translation>
    </message>
    <message>
        <source>the part is larger than %1 MiB</source>
        <translation>部件大于 %1 MiB</translation>
    </message>
    <message>
        <source>the part is empty</source>
        <translation>部件为空</translation>
    </message>
</context>
<context>
    <name>ra::OriginalsExporter</name>
    <message>
        <source>the claim is damaged: the bytes of “%1” no longer match their SHA-256, so it was not copied (nor anything after it). Open an earlier copy of the claim.</source>
        <translation>报销单已损坏：“%1”的内容与其 SHA-256 不再相符，因此未复制它（也未复制其后的文件）。请打开该报销单较早的副本。</translation>
    </message>
</context>
<context>
    <name>ra::PageImageLoader</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>无法绘制此页。</translation>
    </message>
    <message>
        <source>The original file could not be read from the claim.</source>
        <translation>无法从报销单中读取原始文件。</translation>
    </message>
</context>
<context>
    <name>ra::PageView</name>
    <message>
        <source>Drawing the page…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>This page cannot be shown: %1</source>
        <translation>无法显示此页：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Source: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2&lt;br&gt;来源：%3</translation>
    </message>
    <message>
        <source>Machine read: %1</source>
        <translation>机器识别：%1</translation>
    </message>
    <message>
        <source>Row %1: %2 (shown)</source>
        <translation>第 %1 行：%2（当前显示）</translation>
    </message>
    <message>
        <source>Row %1: %2. Click to review it.</source>
        <translation>第 %1 行：%2。点击即可审核。</translation>
    </message>
</context>
<context>
    <name>ra::ProviderHost</name>
    <message>
        <source>No keychain is available. Keys you enter are kept only until you quit, and must be entered again next time.</source>
        <translation>没有可用的系统钥匙串。您输入的密钥仅保留到退出程序为止，下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>ra::ProviderSettingsPage</name>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Used by Tencent Cloud VAT invoice OCR (tencent-vat) and OFD invoice OCR (tencent-ofd). Create the keys in the Tencent Cloud console under Access Management › API Keys.</source>
        <translation>用于腾讯云增值税发票识别（tencent-vat）和 OFD 发票识别（tencent-ofd）。请在腾讯云控制台的“访问管理 › API 密钥管理”中创建密钥。</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>地域（可选）</translation>
    </message>
    <message>
        <source>e.g. ap-guangzhou</source>
        <translation>例如：ap-guangzhou</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation>七牛云</translation>
    </message>
    <message>
        <source>Local files are first uploaded to your Kodo bucket; Qiniu&apos;s invoice OCR reads them from the bucket&apos;s domain. The bucket values are kept with the keys.</source>
        <translation>本地文件会先上传到您的 Kodo 存储空间，七牛云发票识别再通过该空间的域名读取文件。存储空间的设置与密钥一起保存。</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <source>e.g. invoices</source>
        <translation>例如：invoices</translation>
    </message>
    <message>
        <source>Bucket domain</source>
        <translation>存储空间域名</translation>
    </message>
    <message>
        <source>e.g. https://files.example.com</source>
        <translation>例如：https://files.example.com</translation>
    </message>
    <message>
        <source>Private bucket (signed download links)</source>
        <translation>私有存储空间（使用签名下载链接）</translation>
    </message>
    <message>
        <source>OCR endpoint</source>
        <translation>识别接口地址</translation>
    </message>
    <message>
        <source>Upload endpoint</source>
        <translation>上传接口地址</translation>
    </message>
    <message>
        <source>Ekuaibao (合思)</source>
        <translation>合思（易快报）</translation>
    </message>
    <message>
        <source>The app key and app security of the open API (合思 › 开放接口). The endpoint is your company&apos;s address prefix when it is not app.ekuaibao.com.</source>
        <translation>开放接口的 App Key 和 App Security（合思 › 开放接口）。如果贵公司的地址不是 app.ekuaibao.com，接口地址请填写贵公司的地址前缀。</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App security</source>
        <translation>App Security</translation>
    </message>
    <message>
        <source>Address prefix</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <source>DeepFinch (深源恒际)</source>
        <translation>深源恒际（DeepFinch）</translation>
    </message>
    <message>
        <source>The API ID and API secret of your DeepFinch cloud API account.</source>
        <translation>您的深源恒际云 API 账户的 API ID 和 API Secret。</translation>
    </message>
    <message>
        <source>API ID</source>
        <translation>API ID</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API Secret</translation>
    </message>
    <message>
        <source>This is not a valid URL (for example https://ocr.example.com).</source>
        <translation>这不是有效的 URL（例如 https://ocr.example.com）。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>接口地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint must be a base URL, without ? or #.</source>
        <translation>接口地址必须是基础 URL，不能包含 ? 或 #。</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: keys and invoices would travel unencrypted. Use https (http is only accepted for a test server on this computer).</source>
        <translation>%1 不允许使用明文 http：密钥和发票将以未加密的方式传输。请使用 https（http 仅可用于本机上的测试服务器）。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>接口地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>显示输入的内容</translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation>隐藏输入的内容</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Remove every value of this account from the store when you press OK.</source>
        <translation>按“确定”时，从存储中删除此账户的所有值。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Makes one harmless call with the values above (nothing is recognised or billed).</source>
        <translation>使用上面的值发起一次无害的调用（不识别任何内容，也不产生费用）。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>The vendor&apos;s limit (%1/s)</source>
        <translation>服务商的限制（%1 次/秒）</translation>
    </message>
    <message>
        <source>Not limited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Send at most this many requests per second (0: the vendor&apos;s documented limit).</source>
        <translation>每秒最多发送的请求数（0：使用服务商文档中规定的限制）。</translation>
    </message>
    <message>
        <source>Rate limit, %1</source>
        <translation>速率限制（%1）</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>•••••••• stored (type to replace)</source>
        <translation>•••••••• 已保存（输入新值即可替换）</translation>
    </message>
    <message>
        <source>No credential store is available: keys cannot be kept.</source>
        <translation>没有可用的凭据存储：无法保存密钥。</translation>
    </message>
    <message>
        <source>The keys come from the %1 and cannot be changed here.</source>
        <translation>密钥来自 %1，无法在此更改。</translation>
    </message>
    <message>
        <source>The stored keys will be removed when you press OK.</source>
        <translation>按“确定”时将删除已保存的密钥。</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Keys are stored for this session only: no keychain is available.</source>
        <translation>密钥仅在本次会话中保存：没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>Some keys are missing: %1.</source>
        <translation>缺少部分密钥：%1。</translation>
    </message>
    <message>
        <source>No keys are stored.</source>
        <translation>尚未保存密钥。</translation>
    </message>
    <message>
        <source>Keys you enter are kept for this session only: no keychain is available.</source>
        <translation>您输入的密钥仅在本次会话中保留：没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>What you typed is saved in the system keychain when you press OK.</source>
        <translation>按“确定”时，您输入的内容将保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>What you typed is kept for this session only when you press OK: no keychain is available.</source>
        <translation>按“确定”后，您输入的内容仅在本次会话中保留：没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>Keep keys</source>
        <translation>保留密钥</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; could not be saved: %3</source>
        <translation>%1：无法保存密钥“%2”：%3</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
</context>
<context>
    <name>ra::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>ra::ThumbnailCache</name>
    <message>
        <source>The original file could not be read from the claim.</source>
        <translation>无法从报销单中读取原始文件。</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>无法绘制此页。</translation>
    </message>
</context>
<context>
    <name>ra::WorkerProcess</name>
    <message>
        <source>The document reader stopped unexpectedly on this file (it sent an unreadable answer). The file may be damaged: open it in another viewer and save a new copy, or use a cloud provider.</source>
        <translation>文档读取程序在处理此文件时意外停止（返回了无法识别的结果）。文件可能已损坏：请用其他查看器打开并另存一份，或使用云端服务商。</translation>
    </message>
    <message>
        <source>Reading this document needed more than %1 MB of memory and was stopped. A file this demanding is not an ordinary invoice: scan or photograph it at a lower resolution, or split it into smaller files.</source>
        <translation>读取此文档需要超过 %1 MB 内存，已被停止。如此耗费资源的文件不是普通发票：请以较低分辨率扫描或拍摄，或拆分为较小的文件。</translation>
    </message>
    <message>
        <source>Reading this document used more processor time than its limit and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation>读取此文档占用的处理器时间超过限制，已被停止。文件可能已损坏或被构造成让读取程序卡住：请用查看器打开后另存或打印为新文件，或使用云端服务商。</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>The document reader stopped unexpectedly on this file (%1). The file may be damaged: open it in another viewer and save a new copy, or use a cloud provider.</source>
        <translation>文档读取程序在处理此文件时意外停止（%1）。文件可能已损坏：请用其他查看器打开并另存一份，或使用云端服务商。</translation>
    </message>
    <message>
        <source>The document reader (reimburse-worker) could not be started: %1. Reinstall the application, or set REIMBURSE_WORKER to the reader&apos;s path.</source>
        <translation>无法启动文档读取程序（reimburse-worker）：%1。请重新安装本程序，或将 REIMBURSE_WORKER 设为读取程序的路径。</translation>
    </message>
    <message>
        <source>The document reader (reimburse-worker) did not start within %1 s. Try again; if it keeps happening, reinstall the application.</source>
        <translation>文档读取程序（reimburse-worker）未能在 %1 秒内启动。请重试；如果仍然如此，请重新安装本程序。</translation>
    </message>
    <message numerus="yes">
        <source>Reading this document took longer than %1 s, the limit for %n page(s), and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation>
            <numerusform>读取此文档超过 %1 秒（%n 页的时限），已被停止。文件可能已损坏或被构造成让读取程序卡住：请用查看器打开后另存或打印为新文件，或使用云端服务商。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading this document took longer than %1 s and was stopped before its pages could be counted. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation>读取此文档超过 %1 秒，在统计页数之前已被停止。文件可能已损坏或被构造成让读取程序卡住：请用查看器打开后另存或打印为新文件，或使用云端服务商。</translation>
    </message>
    <message>
        <source>Drawing this page took longer than %1 s and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file.</source>
        <translation>绘制此页超过 %1 秒，已被停止。文件可能已损坏或被构造成让读取程序卡住：请用查看器打开后另存或打印为新文件。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the printed text of this document (offline OCR) took longer than %1 s, its limit with %n page(s) read by OCR, and was stopped. Try a sharper or smaller photo or scan, or use a cloud provider.</source>
        <translation>
            <numerusform>识别此文档的票面文字（离线 OCR）超过 %1 秒（含 %n 页 OCR 的时限），已被停止。请换一张更清晰或更小的照片或扫描件，或使用云端服务商。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing this page for the service took longer than %1 s and was stopped, so nothing was sent. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file.</source>
        <translation>为发送给服务商准备此页超过 %1 秒，已被停止，未发送任何内容。文件可能已损坏或被构造成让读取程序卡住：请用查看器打开后另存或打印为新文件。</translation>
    </message>
</context>
<context>
    <name>ra::deepfinch</name>
    <message>
        <source>DeepFinch</source>
        <translation>深源恒际</translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation>识别请求</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>返回结果不是有效的 JSON</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
</context>
<context>
    <name>ra::ekuaibao</name>
    <message>
        <source>Ekuaibao</source>
        <translation>合思</translation>
    </message>
    <message>
        <source>the answer is not what the API documents (malformed or truncated JSON)</source>
        <translation>返回结果与接口文档不符（JSON 格式错误或不完整）</translation>
    </message>
    <message>
        <source>the app key or app security was refused, or the token expired (check EKUAIBAO_APP_KEY and EKUAIBAO_APP_SECURITY, and that the OCR feature is enabled)</source>
        <translation>App Key 或 App Security 被拒绝，或令牌已过期（请检查 EKUAIBAO_APP_KEY 和 EKUAIBAO_APP_SECURITY，并确认已开通识别功能）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the login answer carries no access token</source>
        <translation>登录返回结果中没有访问令牌</translation>
    </message>
    <message>
        <source>(wrong app key or app security, or an endpoint that is not your company&apos;s address prefix)</source>
        <translation>（App Key 或 App Security 有误，或接口地址不是贵公司的地址前缀）</translation>
    </message>
</context>
<context>
    <name>ra::ofdx::DocBodyExtractor</name>
    <message>
        <source>The value of %1 in %2 could not be read.</source>
        <translation>无法读取 %2 中 %1 的值。</translation>
    </message>
    <message>
        <source>The item value of %1 in %2 could not be read.</source>
        <translation>无法读取 %2 中明细项 %1 的值。</translation>
    </message>
    <message>
        <source>%1 lists %2 line items where an earlier source listed %3; the earlier list is kept.</source>
        <translation>%1 列出了 %2 条明细，而之前的来源列出了 %3 条；保留之前的明细。</translation>
    </message>
    <message>
        <source>The custom tags</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be decoded.</source>
        <translation>无法解码图片“%1”。</translation>
    </message>
</context>
<context>
    <name>ra::qiniu</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation>七牛云</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation>返回结果不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>recognition failed</source>
        <translation>识别失败</translation>
    </message>
    <message>
        <source>the answer has no identify_results</source>
        <translation>返回结果中没有 identify_results</translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation>识别请求</translation>
    </message>
    <message>
        <source>the access key or the signature was refused (check QINIU_ACCESS_KEY and QINIU_SECRET_KEY)</source>
        <translation>AccessKey 或签名被拒绝（请检查 QINIU_ACCESS_KEY 和 QINIU_SECRET_KEY）</translation>
    </message>
    <message>
        <source>access denied (the computer&apos;s clock may be more than 15 minutes off, or the account may not have the invoice recognition service)</source>
        <translation>拒绝访问（本机时钟可能偏差超过 15 分钟，或该账户未开通发票识别服务）</translation>
    </message>
    <message>
        <source>the upload to the Kodo bucket</source>
        <translation>上传到 Kodo 存储空间</translation>
    </message>
    <message>
        <source>the upload token was refused (check the keys and QINIU_BUCKET)</source>
        <translation>上传凭证被拒绝（请检查密钥和 QINIU_BUCKET）</translation>
    </message>
    <message>
        <source>the upload answer names no stored object</source>
        <translation>上传返回结果中没有已保存的对象</translation>
    </message>
    <message>
        <source>the upload failed with HTTP status %1</source>
        <translation>上传失败，HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>upload to the Kodo bucket: %1</source>
        <translation>上传到 Kodo 存储空间：%1</translation>
    </message>
    <message>
        <source>the service found this program&apos;s request invalid (%1); this is a fault of the program or of the configured endpoint, not of the image: please report it</source>
        <translation>服务认为本程序的请求无效（%1）；这是程序或所配置接口地址的问题，与图片无关：请报告此问题</translation>
    </message>
</context>
<context>
    <name>ra::tencent</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the answer is not a Tencent Cloud API answer</source>
        <translation>返回结果不是腾讯云 API 的响应</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>the region must be one of %1 (empty means %2)</source>
        <translation>地域必须是 %1 之一（留空表示 %2）</translation>
    </message>
</context>
</TS>
