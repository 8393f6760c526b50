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
    <name>ra::ClaimSession</name>
    <message>
        <source>Untitled claim</source>
        <translation>未命名报销单</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
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
        <source>Cancelled before it was recognised.</source>
        <translation>识别前已取消。</translation>
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
        <source>Recover Claim</source>
        <translation>恢复报销单</translation>
    </message>
    <message numerus="yes">
        <source>A claim that was never saved is still there from an earlier session (%n claim(s) in all). Open the most recent one?</source>
        <translation>
            <numerusform>上次会话中有一份从未保存过的报销单（共 %n 份）。是否打开最近的一份？</numerusform>
        </translation>
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
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
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
        <source>%1. %2</source>
        <translation>%1. %2</translation>
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
</TS>
