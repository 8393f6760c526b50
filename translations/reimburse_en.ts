<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Reimbursement Assistant %1&lt;/h3&gt;&lt;p&gt;Recognise, check and export Chinese invoices for expense claims: PDF and OFD e-invoices, photos and scans, read offline or by a cloud OCR service of your choice.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reimbursement Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoProvider</name>
    <message>
        <source>Automatic: local for PDF and OFD, a configured vendor for images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepFinchProvider</name>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice field was recognised on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DeepFinch endpoint is not a valid https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch VAT invoice OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch found no invoice on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch&apos;s tax_amount_total (%1, documented as 价税合计) neither equals the total (%3) nor adds to the pre-tax amount (%2) to make it; it was taken as %4. Check the amounts against the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it is the tax amount: %1 + %2 = %3. It was read as 合计税额.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch documents tax_amount_total as 价税合计 (the total), but on this invoice it (%1) is less than the %2 (%3), so it was read as 合计税额, the tax amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkuaibaoProvider</name>
    <message>
        <source>the recognition answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recognition answer has no value.invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekuaibao found no invoice on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download URL request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid Ekuaibao endpoint or access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded attachment has no download URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekuaibao (合思) invoice OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer has no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login (getAccessToken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request per second (vendor limit): three requests per page. By URL only a file URL of Ekuaibao&apos;s attachment service (sent as fileUrl, without upload); other URLs are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekuaibao recognises by URL only a file URL made by its own attachment service (processImageByFileUrl takes the url its download API returns); one on %1 is not. Give the file itself (it is uploaded to Ekuaibao first), or use a provider that fetches URLs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>“%1” is not an amount. Type it with at most two decimals, like 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like 2024-05-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it like 09:05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tax ID. A tax ID has 15 to 20 digits and capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tax rate. Type it like 13%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tax rate. Type it like 13%, or a word such as 免税.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLayout</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed invoice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockchain invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by the tax office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined oil mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount before tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle and vessel tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAAC development fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic or international</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax authority code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax machine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax category code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last travel date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride-hailing platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSource</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekuaibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in words (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the other amounts (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in figures (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID check character (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the line items (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldState</name>
    <message>
        <source>Read by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputCollector</name>
    <message>
        <source>Not a usable http(s) URL (it needs a host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid UTF-8 (its bytes are shown as \xNN), so nothing in it can be read; rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid UTF-8 (its bytes are shown as \xNN), so it cannot be opened by name; rename it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTypeLabel</name>
    <message>
        <source>Unknown</source>
        <comment>未知</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT special</source>
        <comment>专票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-VAT special</source>
        <comment>电子专票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ordinary</source>
        <comment>普票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-VAT ordinary</source>
        <comment>电子普票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT roll</source>
        <comment>卷票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-VAT toll</source>
        <comment>通行费电子票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital special</source>
        <comment>数电专票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital ordinary</source>
        <comment>数电普票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital train</source>
        <comment>数电火车票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital flight</source>
        <comment>数电行程单</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle sale</source>
        <comment>机动车</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used car</source>
        <comment>二手车</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <comment>定额</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-printed</source>
        <comment>机打</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi</source>
        <comment>出租车</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <comment>火车票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <comment>汽车票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry</source>
        <comment>船票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <comment>行程单</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll</source>
        <comment>过路费</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <comment>医疗</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-tax</source>
        <comment>非税</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>其他</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax certificate</source>
        <comment>完税证明</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <comment>小票</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiDi trip</source>
        <comment>滴滴行程单</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride trips</source>
        <comment>网约车行程单</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalProvider</name>
    <message>
        <source>Offline: PDF text, OFD data, QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account needed; images: QR fields only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalRecognizer</name>
    <message>
        <source>The document has %1 pages; at most %2 are read. Split it into smaller files (one per invoice) and import those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>The OCR character list %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR recognizer %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR detector %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR detector %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR direction classifier %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrModels</name>
    <message>
        <source>The offline OCR models are not installed (looked in %1), so only the QR code of a photo or scan is read. Install them with scripts/install-ocr-models.sh (scripts/install-deps.sh runs it), or set REIMBURSE_OCR_MODELS to their folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>The document has %n page.</numerusform>
            <numerusform>The document has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QiniuProvider</name>
    <message>
        <source>Qiniu found no invoice on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kodo upload endpoint is not a valid https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qiniu endpoint is not a valid https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiniu multi-invoice OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads each page to your Kodo bucket (deleted after a day); JPEG/PNG up to 8 MB; a JPEG/PNG URL is sent as it is, without upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TencentOfdProvider</name>
    <message>
        <source>Tencent Cloud VerifyOfdVatInvoiceOCR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TencentProvider</name>
    <message>
        <source>Page %1 was not recognised (%2): %3. The other pages were read; recognise the document again, or enter this page by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TencentVatProvider</name>
    <message>
        <source>Tencent Cloud VatInvoiceOCR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change claim details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change invoice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter invoice by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 on the Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorHttp</name>
    <message numerus="yes">
        <source>%1 did not answer %2 in time (after %n attempt(s)). Try again later.</source>
        <translation>
            <numerusform>%1 did not answer %2 in time (after %n attempt). Try again later.</numerusform>
            <numerusform>%1 did not answer %2 in time (after %n attempts). Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached for %2 (after %n attempt(s)): %3</source>
        <translation>
            <numerusform>%1 could not be reached for %2 (after %n attempt): %3</numerusform>
            <numerusform>%1 could not be reached for %2 (after %n attempts): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorImage</name>
    <message>
        <source>The page cannot be brought under the service&apos;s limit of %1 MB without making it unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorValues</name>
    <message>
        <source>The recognition service read “%1” for %2 (%3), which is not %4; the field was left empty. Check it against the paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPool</name>
    <message>
        <source>Recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra</name>
    <message>
        <source>The image claims to be %1 × %2 pixels; images larger than %3 pixels on a side or %4 megapixels are not opened. Scan or export the invoice at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image format is not recognised or the file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name is longer than 1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; names a drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the package (path traversal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too large to render at this resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between 10 and 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image has one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected. Open it with its password, save an unprotected copy, and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read: it is damaged or incomplete. Download or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice was found in this document: it has no invoice text and no invoice QR code. If it is a scan, use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels at %3 bits a pixel: opening it would take %4 MiB of memory, and images that need more than %5 MiB are not opened. Scan or export the invoice at a lower resolution or as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice QR code was found on this image, and the offline OCR models are not installed, so its printed text was not read: install them (scripts/install-ocr-models.sh), use a cloud provider, or enter the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice was found on this image: neither its QR code nor its printed text (offline OCR) gave invoice fields. Use a cloud provider, or enter the fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ClaimDetailsDialog</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-11 Shanghai trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it must appear as the buyer on invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer &amp;tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s tax ID does not pass the GB 32100 check: compare it with a recent invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ClaimDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n invoices</source>
        <translation>
            <numerusform>Remove %n invoice</numerusform>
            <numerusform>Remove %n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>The recognition result does not belong to this file (its checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this recognition result is not in the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ClaimSession</name>
    <message>
        <source>Untitled claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 out of the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ClaimStore</name>
    <message>
        <source>“%1” is damaged and cannot be used: SQLite&apos;s check of the file found “%2”. It was not changed. Open an earlier copy of the claim (a backup, or the copy you handed in), or recognise the original invoices again into a new claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes of “%1” do not match their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CompareDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Ticked Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Another Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by: %1. Choose another provider and run it; nothing changes until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found no invoice in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. Tick the values to take.</source>
        <translation>
            <numerusform>%n field differs. Tick the value to take.</numerusform>
            <numerusform>%n fields differ. Tick the values to take.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take values from another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 found %n invoice(s) in this file, but none is in this invoice&apos;s place on the page or has its number, date and total. Nothing can be applied.</source>
        <translation>
            <numerusform>%1 found %n invoice in this file, but it is not in this invoice&apos;s place on the page and does not have its number, date and total. Nothing can be applied.</numerusform>
            <numerusform>%1 found %n invoices in this file, but none is in this invoice&apos;s place on the page or has its number, date and total. Nothing can be applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found several invoices that could be this one, and neither their place nor their number, date and total tells which. Nothing can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 found in this invoice&apos;s place has a different number. Nothing can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice %1 found in this place has a different number: check that it is the same invoice before applying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the invoice %1 found that agrees on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with the one of %n invoices %1 found in the same place on the page.</source>
        <translation>
            <numerusform>Compared with the invoice %1 found in the same place on the page.</numerusform>
            <numerusform>Compared with the one of %n invoices %1 found in the same place on the page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ConnectionCheck</name>
    <message>
        <source>There is no connection test for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the keys for %1 first: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint for %1 is refused: %2 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s. Check the endpoint and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused (nothing answers at that address and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection could not be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the endpoint and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 at %2: the keys were accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the keys (%2). Check that they were copied completely and belong to this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request time (%2). Set this computer&apos;s clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer like %2 (%3). Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DecodeBudget</name>
    <message>
        <source>Opening this image needs %1 MiB of memory, more than the %2 MiB set aside for decoding images. Scan or export it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many large images are being opened at once: this one waited %1 s for %2 MiB of memory. Try it again, or recognise fewer documents at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ExportColumnList</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the usual columns in their usual order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ExportDialog</name>
    <message>
        <source>Export Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step; files already written stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF claim report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per invoice with totals, and a sheet of subtotals per invoice type. Opens in Excel and LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same columns as plain text (UTF-8), for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field with where it came from, and the findings. For other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF claim report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary sheet to sign, then the invoices laid out for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original files, renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of every original invoice file, named by the template below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exported file is called this, with its own suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the column titles and of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet Columns (XLSX, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to export; drag them or use the buttons to order them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Claim Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invoice per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two invoices per page, with a cut line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>150 dpi (smaller file, faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 dpi (sharp print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {date} {seller} {buyer} {total} {number} {code} {type} {index} {file} {claimant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the usual template, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 originals</source>
        <comment>folder the renamed original files are copied into</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to export above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” for the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the claim has no invoices yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the exported files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one spreadsheet column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name template for the original files, or press Default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export already exist:</source>
        <translation>
            <numerusform>%n file of this export already exists:</numerusform>
            <numerusform>%n files of this export already exist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Existing Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them with the new export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot save files in “%1”. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder called “%1” where the file should go. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a file called “%1” where the folder of originals should go. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: %n file(s) already exist. Choose another file name or folder, or replace them.</source>
        <translation>
            <numerusform>Nothing was exported: %n file already exists. Choose another file name or folder, or replace it.</numerusform>
            <numerusform>Nothing was exported: %n files already exist. Choose another file name or folder, or replace them.</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invoices drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) is not installed, so no XLSX could be written. Install it, or export CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals could not all be copied into “%1”. Check that the folder can be written to and that the disk is not full, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the file is not open in another program, that the folder can be written to and that the disk is not full, then export again. A file of that name from before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) copied</source>
        <translation>
            <numerusform>Done: %n file copied</numerusform>
            <numerusform>Done: %n files copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n file(s); those are complete</source>
        <translation>
            <numerusform>Stopped after %n file; it is complete</numerusform>
            <numerusform>Stopped after %n files; those are complete</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to “%1”:</source>
        <translation>
            <numerusform>%n file written to “%1”:</numerusform>
            <numerusform>%n files written to “%1”:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. See above for what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>See above for what went wrong. These %n file(s) were written and are complete:</source>
        <translation>
            <numerusform>See above for what went wrong. This %n file was written and is complete:</numerusform>
            <numerusform>See above for what went wrong. These %n files were written and are complete:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) were written before it stopped and are complete:</source>
        <translation>
            <numerusform>This %n file was written before it stopped and is complete:</numerusform>
            <numerusform>These %n files were written before it stopped and are complete:</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldDelegate</name>
    <message>
        <source>Enter keeps the text; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-05-08</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldForm</name>
    <message>
        <source>Select an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked every value of this invoice against the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice type, from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice code or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source stated the type: it was inferred from %1. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a field to see where its value came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vendor&apos;s other reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this invoice: type a value to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was unsure of this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier edit(s)</source>
        <translation>
            <numerusform>… %n earlier edit</numerusform>
            <numerusform>… %n earlier edits</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldTableModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: type one to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was unsure of this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (was empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::GeneralSettingsPage</name>
    <message>
        <source>The last character does not match the others: check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and the letters A–Y without I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a resident ID number: accepted as the tax id of an individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A tax id has 18 characters (older ones 15 to 20); this one has %n.</source>
        <translation>
            <numerusform>A tax id has 18 characters (older ones 15 to 20); this one has %n.</numerusform>
            <numerusform>A tax id has 18 characters (older ones 15 to 20); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A tax id has only digits and capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an 18-character unified social credit code: accepted as an older tax registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices must be made out to your employer: these values are compared with each invoice&apos;s buyer (购买方).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 北京某某科技有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no keys yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (local for PDF and OFD, a configured vendor for images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after the application is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor call that transfers nothing for this long is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ A valid unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportController</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files and http(s) addresses can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recognition provider is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider “%1” is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already in the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add it to the claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider “%1” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PDF, OFD or image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected; open it, print it to a new PDF and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has too many pixels to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD file was refused as unsafe (it looks like a zip bomb or escapes its folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s XML is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice was found in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy kept in the claim cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this file was kept; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListDelegate</name>
    <message>
        <source>Duplicate: this invoice was claimed before, in this claim or in another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type was inferred from the invoice code or number; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed on the invoice: worked out as amount + tax, as the exports count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished when the app last stopped. Choose Resume to recognise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An itinerary, probably of invoice %1 (same amount; its seller names no platform). Not counted in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itinerary of invoice %1 (same platform and amount). Not counted in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An itinerary: no invoice of the same platform and amount is in the claim. Not counted in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the lines of printed text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the printed text (OCR): line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::InvoiceListPanel</name>
    <message>
        <source>Search number, seller, date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), total ¥%1</source>
        <translation>
            <numerusform>%n invoice, total ¥%1</numerusform>
            <numerusform>%n invoices, total ¥%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 invoices shown, total shown ¥%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop invoices here, or press %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::Jbig2Image</name>
    <message>
        <source>The JBIG2 image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 decoder could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 image needs more memory than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 image is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 stream holds no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 image has an unusable size (%1 × %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 image is too large to hold in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::KeychainCredentialStore</name>
    <message>
        <source>No keychain is available on this desktop. Keys you enter are kept only until you quit, and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::LocalRecognizer</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OFD document (it has no OFD.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF, OFD or image (JPEG, PNG, BMP, TIFF, WebP) judging by its content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your last change was not saved. Use File › Save As to keep the claim somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous F&amp;ield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Fin&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Go On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run With Another &amp;Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reimbursement Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which service recognises the documents you import next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Not Set Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs your account keys before it can recognise anything. Enter them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By file type (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (best configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Reimbursement Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 could not be added: see the rows marked Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the documents being recognised, or cancel them, before opening another claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Claim?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim has not been saved under a name yet. Save it before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you discard it, its invoices are removed from the duplicate check too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are still being recognised. Stop and quit? Everything already added stays in the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (*.claim);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.ofd *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or address to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Claim As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (*.claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice in this claim is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss &amp;All Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume A&amp;ll Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Invoice &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished file(s)</source>
        <translation>
            <numerusform>%n unfinished file</numerusform>
            <numerusform>%n unfinished files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not recognised</source>
        <translation>
            <numerusform>%n file not recognised</numerusform>
            <numerusform>%n files not recognised</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved claim from %1 with %2 was left open when the app last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved claim “%1” from %2 with %3 was left open when the app last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n older one(s) too.)</source>
        <translation>
            <numerusform>(%n older one too.)</numerusform>
            <numerusform>(%n older ones too.)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved claim could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved claim was moved to %1. Open it from there if you need it after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this claim were not finished when it was last open.</source>
        <translation>
            <numerusform>%n file of this claim was not finished when it was last open.</numerusform>
            <numerusform>%n files of this claim were not finished when it was last open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an Invoice by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of invoice is on “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read any more, so there is no page to enter the invoice on. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter by Hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Invoice by &amp;Hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Field on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields from the page; each one you type is marked as yours. Ctrl+M marks where a field is on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an invoice and one of its fields in the form first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around the field’s value on the page (Esc to stop).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdDocument</name>
    <message>
        <source>The OFD part &quot;%1&quot; is not well-formed XML: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OFD document: it has no OFD.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD document has no document body (DocBody) in OFD.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD document names its root &quot;%1&quot; but the package has no such part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource part &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template page &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document lists %1 pages; only the first %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation list &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment list &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom tag list &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom tag file &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has more than %1 graphic objects; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font file &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of page %1 is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 does not give its size; A4 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdInvoiceExtractor</name>
    <message>
        <source>The package holds %1 documents; only the first %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdPackage</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OFD package: OFD files are ZIP archives and this one does not start like a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package is damaged or incomplete (truncated download?): its ZIP directory cannot be read (zip error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: it has %1 entries, more than the %2 an invoice could need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: it has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package is damaged: an entry of its ZIP directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused as unsafe: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: the entry &quot;%1&quot; would inflate to %2 MiB, more than the %3 MiB allowed for one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused as a probable zip bomb: the entry &quot;%1&quot; claims a compression ratio above %2:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: its entries would inflate to more than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package is damaged: its ZIP directory ends early (zip error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package has no part &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; cannot be found in the ZIP directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; cannot be opened (encrypted or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; is damaged: its compressed data cannot be inflated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: the part &quot;%1&quot; inflates to more than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused: its parts inflate to more than %1 MiB in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package was refused as a probable zip bomb: the part &quot;%1&quot; inflates more than %2 times its compressed size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD part &quot;%1&quot; is damaged: its checksum does not match (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdPathParser</name>
    <message>
        <source>unknown path command &quot;%1&quot; at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 path elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command &quot;%1&quot; lacks a number at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdRenderer</name>
    <message>
        <source>The OFD document is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 2400 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The document has %n page(s).</source>
        <translation>
            <numerusform>The document has %n page.</numerusform>
            <numerusform>The document has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page (%1 × %2 mm) is too large to render at %3 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to render the page at %1 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdRenderer::Private</name>
    <message>
        <source>An image names the resource &quot;%1&quot;, which the document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file &quot;%1&quot; is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JBIG2 image &quot;%1&quot; could not be decoded (%2); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be decoded (%2); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded font file &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphic object has a malformed or absurd Boundary; it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graphic object has a malformed or degenerate CTM (&quot;%1&quot;); it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects that lie outside the page box are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path could not be read completely (%1); the part read is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is not drawn: rendering text needs the application&apos;s font system (a QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text object has no usable font size; it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text object names the font &quot;%1&quot;, which the document does not declare; a Song face is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded font file &quot;%1&quot; could not be loaded; an installed font is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed font could stand in for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not embedded; &quot;%2&quot; is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters have no glyph in any available font and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite objects nest too deeply; the inner ones are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A composite object names a resource the document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page uses the template &quot;%1&quot;, which the document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; could not be read; it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal&apos;s picture (an OFD) could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal&apos;s picture could not be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has more than %1 graphic objects; the rest are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdSealExtractor</name>
    <message>
        <source>The signature list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has more than %1 signatures; the rest are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature &quot;%1&quot; is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature&apos;s seal picture could not be found; its seal is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal names a page or position that does not exist; it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OfdXmlNode</name>
    <message>
        <source>a document type declaration (DTD) is not allowed in an OFD part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OriginalsExporter</name>
    <message>
        <source>the claim is damaged: the bytes of “%1” no longer match their SHA-256, so it was not copied (nor anything after it). Open an earlier copy of the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PageImageLoader</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file could not be read from the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PageView</name>
    <message>
        <source>Drawing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2. Click to review it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProviderHost</name>
    <message>
        <source>No keychain is available. Keys you enter are kept only until you quit, and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProviderSettingsPage</name>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by Tencent Cloud VAT invoice OCR (tencent-vat) and OFD invoice OCR (tencent-ofd). Create the keys in the Tencent Cloud console under Access Management › API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ap-guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local files are first uploaded to your Kodo bucket; Qiniu&apos;s invoice OCR reads them from the bucket&apos;s domain. The bucket values are kept with the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://files.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private bucket (signed download links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekuaibao (合思)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app key and app security of the open API (合思 › 开放接口). The endpoint is your company&apos;s address prefix when it is not app.ekuaibao.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepFinch (深源恒际)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API ID and API secret of your DeepFinch cloud API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL (for example https://ocr.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a base URL, without ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is refused for %1: keys and invoices would travel unencrypted. Use https (http is only accepted for a test server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every value of this account from the store when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes one harmless call with the values above (nothing is recognised or billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s limit (%1/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at most this many requests per second (0: the vendor&apos;s documented limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• stored (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available: keys cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys come from the %1 and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored keys will be removed when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored for this session only: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keys are missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys you enter are kept for this session only: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is saved in the system keychain when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept for this session only when you press OK: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ThumbnailCache</name>
    <message>
        <source>The original file could not be read from the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::WorkerProcess</name>
    <message>
        <source>The document reader stopped unexpectedly on this file (it sent an unreadable answer). The file may be damaged: open it in another viewer and save a new copy, or use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this document needed more than %1 MB of memory and was stopped. A file this demanding is not an ordinary invoice: scan or photograph it at a lower resolution, or split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this document used more processor time than its limit and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader stopped unexpectedly on this file (%1). The file may be damaged: open it in another viewer and save a new copy, or use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader (reimburse-worker) could not be started: %1. Reinstall the application, or set REIMBURSE_WORKER to the reader&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader (reimburse-worker) did not start within %1 s. Try again; if it keeps happening, reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading this document took longer than %1 s, the limit for %n page(s), and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation>
            <numerusform>Reading this document took longer than %1 s, the limit for %n page, and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</numerusform>
            <numerusform>Reading this document took longer than %1 s, the limit for %n pages, and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading this document took longer than %1 s and was stopped before its pages could be counted. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file, or use a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing this page took longer than %1 s and was stopped. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the printed text of this document (offline OCR) took longer than %1 s, its limit with %n page(s) read by OCR, and was stopped. Try a sharper or smaller photo or scan, or use a cloud provider.</source>
        <translation>
            <numerusform>Reading the printed text of this document (offline OCR) took longer than %1 s, its limit with %n page read by OCR, and was stopped. Try a sharper or smaller photo or scan, or use a cloud provider.</numerusform>
            <numerusform>Reading the printed text of this document (offline OCR) took longer than %1 s, its limit with %n pages read by OCR, and was stopped. Try a sharper or smaller photo or scan, or use a cloud provider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing this page for the service took longer than %1 s and was stopped, so nothing was sent. The file may be damaged or made to hang readers: open it in a viewer and save or print it to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::deepfinch</name>
    <message>
        <source>DeepFinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ekuaibao</name>
    <message>
        <source>Ekuaibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not what the API documents (malformed or truncated JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app key or app security was refused, or the token expired (check EKUAIBAO_APP_KEY and EKUAIBAO_APP_SECURITY, and that the OCR feature is enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer carries no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(wrong app key or app security, or an endpoint that is not your company&apos;s address prefix)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ofdx::DocBodyExtractor</name>
    <message>
        <source>The value of %1 in %2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item value of %1 in %2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 line items where an earlier source listed %3; the earlier list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::qiniu</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiniu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no identify_results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recognition call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key or the signature was refused (check QINIU_ACCESS_KEY and QINIU_SECRET_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied (the computer&apos;s clock may be more than 15 minutes off, or the account may not have the invoice recognition service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload to the Kodo bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload token was refused (check the keys and QINIU_BUCKET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload answer names no stored object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload failed with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload to the Kodo bucket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service found this program&apos;s request invalid (%1); this is a fault of the program or of the configured endpoint, not of the image: please report it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::tencent</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a Tencent Cloud API answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region must be one of %1 (empty means %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
