<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AclApplyDialog</name>
    <message>
        <source>Apply ACL to %1 and below</source>
        <translation>将 ACL 应用到 %1 及其所有子节点</translation>
    </message>
    <message>
        <source>Set the ACL %1 on %2 and every node below it.</source>
        <translation>在 %2 及其下的每个节点上设置 ACL %1。</translation>
    </message>
    <message>
        <source>Counting the nodes that will change…</source>
        <translation>正在统计将被修改的节点…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 nodes read, %2 of them will change (the others already have this ACL).</source>
        <translation>已读取 %1 个节点，其中 %2 个将被修改（其余节点已经是这个 ACL）。</translation>
    </message>
    <message>
        <source>%1 nodes cannot be read by this session and will be left alone (and whatever is below them is unknown): %2</source>
        <translation>有 %1 个节点本会话无法读取，将保持不变（其下的内容也无从得知）：%2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes changed.</source>
        <translation>已修改 %1 / %2 个节点。</translation>
    </message>
    <message>
        <source>%1 refused (no ADMIN).</source>
        <translation>%1 个被拒绝（没有 ADMIN 权限）。</translation>
    </message>
    <message>
        <source>%1 changed by someone else meanwhile (not overwritten).</source>
        <translation>%1 个在此期间被他人修改（未覆盖）。</translation>
    </message>
    <message>
        <source>%1 deleted meanwhile.</source>
        <translation>%1 个在此期间被删除。</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 个失败。</translation>
    </message>
    <message>
        <source>%1 not attempted.</source>
        <translation>%1 个未尝试。</translation>
    </message>
    <message>
        <source>%1 unknown (connection lost).</source>
        <translation>%1 个结果未知（连接已断开）。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>%1 — not readable by this session: left alone</source>
        <translation>%1 — 本会话无法读取：保持不变</translation>
    </message>
</context>
<context>
    <name>AclEditor</name>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Who the entry is about: world, auth, digest, ip, x509, sasl, or any other provider by name</source>
        <translation>该条目针对谁：world、auth、digest、ip、x509、sasl，或按名称指定的其他认证提供者</translation>
    </message>
    <message>
        <source>The identity within the scheme</source>
        <translation>该 scheme 下的身份标识</translation>
    </message>
    <message>
        <source>Read: get data, list children</source>
        <translation>读（Read）：获取数据、列出子节点</translation>
    </message>
    <message>
        <source>Write: set data</source>
        <translation>写（Write）：设置数据</translation>
    </message>
    <message>
        <source>Create children</source>
        <translation>创建子节点（Create）</translation>
    </message>
    <message>
        <source>Delete children</source>
        <translation>删除子节点（Delete）</translation>
    </message>
    <message>
        <source>Admin: read and change the ACL</source>
        <translation>管理（Admin）：读取和修改 ACL</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>我(&amp;M)</translation>
    </message>
    <message>
        <source>Add this session&apos;s identities with all permissions</source>
        <translation>以全部权限添加本会话的身份</translation>
    </message>
    <message>
        <source>Quick choice…</source>
        <translation>快速选择…</translation>
    </message>
    <message>
        <source>Open (world:anyone, all)</source>
        <translation>开放（world:anyone，全部权限）</translation>
    </message>
    <message>
        <source>Creator only (auth, all)</source>
        <translation>仅创建者（auth，全部权限）</translation>
    </message>
    <message>
        <source>Read-only for everyone (world:anyone, r)</source>
        <translation>所有人只读（world:anyone，r）</translation>
    </message>
    <message>
        <source>Replace the entries with a common ACL</source>
        <translation>用常用 ACL 替换现有条目</translation>
    </message>
    <message>
        <source>Digest id from user and password</source>
        <translation>由用户名和密码生成 digest id</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Add a digest entry with this id and all permissions</source>
        <translation>以此 id 和全部权限添加一条 digest 条目</translation>
    </message>
    <message>
        <source>1 entry, valid</source>
        <translation>1 个条目，有效</translation>
    </message>
    <message>
        <source>%1 entries, all valid</source>
        <translation>%1 个条目，全部有效</translation>
    </message>
    <message>
        <source>Enter a user and a password to compute the digest id.</source>
        <translation>请输入用户名和密码以计算 digest id。</translation>
    </message>
    <message>
        <source>The user name must not contain &apos;:&apos;.</source>
        <translation>用户名不能包含“:”。</translation>
    </message>
</context>
<context>
    <name>AclEvaluator</name>
    <message>
        <source>ip:(this client&apos;s address, unknown)</source>
        <translation>ip:（本客户端的地址，未知）</translation>
    </message>
    <message>
        <source>After this change this session could no longer %1 %2.</source>
        <translation>修改之后，本会话将无法再%1 %2。</translation>
    </message>
    <message>
        <source>read or administer</source>
        <translation>读取或管理</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>change the ACL of</source>
        <translation>修改其 ACL：</translation>
    </message>
    <message>
        <source> Without ADMIN you cannot undo this change yourself.</source>
        <translation> 没有 ADMIN 权限，你将无法自行撤销此修改。</translation>
    </message>
    <message>
        <source> (An entry might still match an identity the client cannot verify: %1.)</source>
        <translation>（某个条目可能仍匹配客户端无法验证的身份：%1。）</translation>
    </message>
    <message>
        <source>
This session is: %1.</source>
        <translation>
本会话的身份：%1。</translation>
    </message>
</context>
<context>
    <name>AclPickerDialog</name>
    <message>
        <source>ACL of the new node</source>
        <translation>新节点的 ACL</translation>
    </message>
    <message>
        <source>Edit the ACL entry by entry</source>
        <translation>逐条编辑 ACL</translation>
    </message>
</context>
<context>
    <name>AclText</name>
    <message>
        <source>%1 does not have the form scheme:id:perm</source>
        <translation>%1 不符合 scheme:id:perm 格式</translation>
    </message>
    <message>
        <source>%1: no permission given (use letters from cdrwa)</source>
        <translation>%1：未指定权限（请使用 cdrwa 中的字母）</translation>
    </message>
    <message>
        <source>Unknown perm type: %1</source>
        <translation>未知的权限类型：%1</translation>
    </message>
</context>
<context>
    <name>AclValidation</name>
    <message>
        <source>enter an address, e.g. 10.0.0.5 or 10.0.0.0/8</source>
        <translation>请输入地址，例如 10.0.0.5 或 10.0.0.0/8</translation>
    </message>
    <message>
        <source>the prefix after &apos;/&apos; must be a number between 0 and %1</source>
        <translation>“/”之后的前缀长度必须是 0 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>choose a scheme (world, auth, digest, ip, x509, sasl or another by name)</source>
        <translation>请选择 scheme（world、auth、digest、ip、x509、sasl 或按名称指定其他）</translation>
    </message>
    <message>
        <source>the scheme name must not contain spaces or &apos;:&apos;</source>
        <translation>scheme 名称不能包含空格或“:”</translation>
    </message>
    <message>
        <source>grant at least one permission (r, w, c, d or a)</source>
        <translation>请至少授予一种权限（r、w、c、d 或 a）</translation>
    </message>
    <message>
        <source>unknown permission bits 0x%1</source>
        <translation>未知的权限位 0x%1</translation>
    </message>
    <message>
        <source>world: the only id is &quot;anyone&quot;</source>
        <translation>world：唯一的 id 是“anyone”</translation>
    </message>
    <message>
        <source>auth: leave the id empty (the server fills in this session&apos;s identities)</source>
        <translation>auth：id 请留空（服务器会填入本会话的身份）</translation>
    </message>
    <message>
        <source>digest: the id must be user:hash (use the digest helper to compute it from a user and password)</source>
        <translation>digest：id 必须是 user:hash（可用 digest 助手由用户名和密码计算）</translation>
    </message>
    <message>
        <source>digest: the hash of %1 is hidden by the server (this session lacks ADMIN); enter the password in the digest helper to set it again</source>
        <translation>digest：%1 的哈希被服务器隐藏了（本会话没有 ADMIN 权限）；请在 digest 助手中输入密码以重新设置</translation>
    </message>
    <message>
        <source>ip: IPv6 addresses are not supported by ZooKeeper 3.8&apos;s ip scheme (the server refuses them as an invalid ACL)</source>
        <translation>ip：ZooKeeper 3.8 的 ip scheme 不支持 IPv6 地址（服务器会以无效 ACL 拒绝）</translation>
    </message>
    <message>
        <source>ip: remove the spaces around the address</source>
        <translation>ip：请去掉地址两边的空格</translation>
    </message>
    <message>
        <source>%1: enter the id</source>
        <translation>%1：请输入 id</translation>
    </message>
    <message>
        <source>an ACL needs at least one entry (the server refuses an empty ACL)</source>
        <translation>ACL 至少需要一个条目（服务器会拒绝空 ACL）</translation>
    </message>
    <message>
        <source>row %1: auth stands for this session&apos;s authenticated identities, and it has none (add digest credentials to the connection, or use a digest entry)</source>
        <translation>第 %1 行：auth 代表本会话已认证的身份，而本会话没有任何身份（请为连接添加 digest 凭据，或改用 digest 条目）</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>无权限</translation>
    </message>
</context>
<context>
    <name>AclView</name>
    <message>
        <source>Save ACL</source>
        <translation>保存 ACL</translation>
    </message>
    <message>
        <source>Set this ACL, if nobody changed the node&apos;s ACL since it was loaded</source>
        <translation>设置此 ACL（前提是加载后没有人修改过该节点的 ACL）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Apply to subtree…</source>
        <translation>应用到子树…</translation>
    </message>
    <message>
        <source>Set this ACL on the node and every node below it</source>
        <translation>在该节点及其下的每个节点上设置此 ACL</translation>
    </message>
    <message>
        <source>No node selected.</source>
        <translation>未选择节点。</translation>
    </message>
    <message>
        <source>Loading the ACL of %1…</source>
        <translation>正在加载 %1 的 ACL…</translation>
    </message>
    <message>
        <source>The ACL of %1 could not be read.</source>
        <translation>无法读取 %1 的 ACL。</translation>
    </message>
    <message>
        <source>ACL of %1 — ACL version (aversion) %2</source>
        <translation>%1 的 ACL — ACL 版本（aversion）%2</translation>
    </message>
    <message>
        <source>Digest hashes are shown as user:x: the server hides them from sessions without ADMIN on this node.</source>
        <translation>digest 哈希显示为 user:x：对于在该节点上没有 ADMIN 权限的会话，服务器会隐藏哈希。</translation>
    </message>
    <message>
        <source>This session lacks ADMIN here: it can look but not save.</source>
        <translation>本会话在此没有 ADMIN 权限：只能查看，不能保存。</translation>
    </message>
    <message>
        <source>You may lock yourself out</source>
        <translation>你可能会把自己锁在外面</translation>
    </message>
    <message>
        <source>Save this ACL anyway?</source>
        <translation>仍然保存此 ACL？</translation>
    </message>
    <message>
        <source>Save and lose access</source>
        <translation>保存并失去访问权限</translation>
    </message>
    <message>
        <source>Saved the ACL of %1</source>
        <translation>已保存 %1 的 ACL</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the ACL of %1 since it was loaded (ACL version %2 here). Reload to see the current ACL, then apply your change again; your edit stays here until you reload.</source>
        <translation>未保存：加载之后有人修改了 %1 的 ACL（此处的 ACL 版本为 %2）。请重新加载查看当前 ACL，然后再次应用你的修改；在重新加载之前，你的编辑会保留在这里。</translation>
    </message>
    <message>
        <source>ACL conflict on %1</source>
        <translation>%1 的 ACL 冲突</translation>
    </message>
    <message>
        <source>Not authorised to change the ACL of %1</source>
        <translation>无权修改 %1 的 ACL</translation>
    </message>
    <message>
        <source>Could not save the ACL: %1</source>
        <translation>无法保存 ACL：%1</translation>
    </message>
    <message>
        <source>Could not save the ACL of %1: %2</source>
        <translation>无法保存 %1 的 ACL：%2</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
</context>
<context>
    <name>AdminParser</name>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Sandbox server failed: %1</source>
        <translation>沙箱服务器失败：%1</translation>
    </message>
    <message>
        <source>Starting the sandbox ZooKeeper server…</source>
        <translation>正在启动沙箱 ZooKeeper 服务器…</translation>
    </message>
    <message>
        <source>The session expired: opening a new one…</source>
        <translation>会话已过期：正在打开新会话…</translation>
    </message>
    <message>
        <source>The session expired: connect again to get a new one</source>
        <translation>会话已过期：请重新连接以获得新会话</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Authentication failed: the server closed the session (AUTH_FAILED)</source>
        <translation>认证失败：服务器关闭了会话（AUTH_FAILED）</translation>
    </message>
    <message>
        <source>Authentication failed: the server rejected the credentials for scheme %1</source>
        <translation>认证失败：服务器拒绝了 scheme %1 的凭据</translation>
    </message>
    <message>
        <source>Filling the sandbox with demo data…</source>
        <translation>正在向沙箱填充演示数据…</translation>
    </message>
    <message>
        <source>Sandbox ready at %1</source>
        <translation>沙箱已就绪：%1</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>演示数据写入失败：%1</translation>
    </message>
</context>
<context>
    <name>AuthDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation>%1 的认证</translation>
    </message>
    <message>
        <source>this connection</source>
        <translation>此连接</translation>
    </message>
    <message>
        <source>Sent with addauth after every connect and on every new session. A wrong digest password is not reported at login: it shows up as &quot;not authorised&quot; on the first protected node. Credentials are kept in memory only, until zkdesk quits.</source>
        <translation>每次连接后以及每个新会话上都会通过 addauth 发送。错误的 digest 密码在登录时不会报错：它会在第一个受保护的节点上表现为“未授权”。凭据只保存在内存中，直到 zkdesk 退出。</translation>
    </message>
    <message>
        <source>This connection is not encrypted (no TLS): the credentials travel in clear text, readable by anyone on the network path. Use them only on a network you trust.</source>
        <translation>此连接未加密（没有 TLS）：凭据以明文传输，网络路径上的任何人都能读取。请只在可信的网络中使用。</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Scheme：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>(unused)</source>
        <translation>（未使用）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>凭据：</translation>
    </message>
</context>
<context>
    <name>AuthStatus</name>
    <message>
        <source>authentication failed: the server rejected the credentials for scheme %1 (%2)</source>
        <translation>认证失败：服务器拒绝了 scheme %1 的凭据（%2）</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>已认证为 %1</translation>
    </message>
    <message>
        <source>The identities this session added with addauth; a wrong digest password is only found out when a node refuses access</source>
        <translation>本会话通过 addauth 添加的身份；错误的 digest 密码只有在某个节点拒绝访问时才会发现</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Pin This Certificate</source>
        <translation>固定此证书</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n server(s)…</source>
        <translation>
            <numerusform>正在检查 %n 台服务器…</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept exactly this certificate for this connection, even when it is self-signed or names another host.</source>
        <translation>此连接只接受这一张证书，即使它是自签名的或写的是另一个主机名。</translation>
    </message>
    <message>
        <source>Every server presented a certificate that verifies for its name.</source>
        <translation>每台服务器出示的证书都能针对其主机名验证通过。</translation>
    </message>
    <message>
        <source>%1 of %2 servers verified. %3</source>
        <translation>%2 台服务器中有 %1 台验证通过。%3</translation>
    </message>
    <message>
        <source>accepted: pinned fingerprint</source>
        <translation>已接受：指纹与固定的一致</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已于 %n 天前过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Runs zkCli commands against ZooKeeper without a window. Commands come from the arguments, --file or stdin, one per line; the exit code is non-zero after the first failure.</source>
        <translation>无窗口地对 ZooKeeper 执行 zkCli 命令。命令来自参数、--file 或标准输入，每行一条；第一次失败后退出码非零。</translation>
    </message>
    <message>
        <source>Connect to host:port[,host:port...][/chroot].</source>
        <translation>连接到 host:port[,host:port...][/chroot]。</translation>
    </message>
    <message>
        <source>Use the saved connection NAME.</source>
        <translation>使用名为 NAME 的已保存连接。</translation>
    </message>
    <message>
        <source>Read commands from FILE (- for stdin).</source>
        <translation>从 FILE 读取命令（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>Run every command even after a failure (exit code 1 if any failed).</source>
        <translation>即使有命令失败也运行所有命令（若有失败，退出码为 1）。</translation>
    </message>
    <message>
        <source>Print ls, get, stat and getAcl as JSON.</source>
        <translation>以 JSON 输出 ls、get、stat 和 getAcl。</translation>
    </message>
    <message>
        <source>Refuse every write.</source>
        <translation>拒绝所有写操作。</translation>
    </message>
    <message>
        <source>Give up connecting after MS (default 15000).</source>
        <translation>连接超过 MS 毫秒后放弃（默认 15000）。</translation>
    </message>
    <message>
        <source>One console command, e.g. ls -R /config.</source>
        <translation>一条控制台命令，例如 ls -R /config。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of ms</source>
        <translation>--timeout 需要一个正数（毫秒）</translation>
    </message>
    <message>
        <source>give exactly one of --connect and --profile</source>
        <translation>--connect 和 --profile 必须且只能给出一个</translation>
    </message>
    <message>
        <source>give a command or --file, not both</source>
        <translation>给出命令或 --file，不能同时给出</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>（参见 --help）</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>no saved connection is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的已保存连接</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: no stored secret for %2 %3: connecting without it</source>
        <translation>连接配置“%1”：没有为 %2 %3 保存的密码：将不带它连接</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>This connection</source>
        <translation>此连接</translation>
    </message>
    <message>
        <source>Another connection (host:port)</source>
        <translation>另一个连接（host:port）</translation>
    </message>
    <message>
        <source>An export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>connection string or file</source>
        <translation>连接串或文件</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左侧：</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右侧：</translation>
    </message>
    <message>
        <source>Right path:</source>
        <translation>右侧路径：</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <source>Selected → right</source>
        <translation>所选 → 右侧</translation>
    </message>
    <message>
        <source>Selected ← left</source>
        <translation>所选 ← 左侧</translation>
    </message>
    <message>
        <source>Make right equal to left…</source>
        <translation>使右侧与左侧一致…</translation>
    </message>
    <message>
        <source>Reading both sides…</source>
        <translation>正在读取两侧…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>%1 differences: %2 only left, %3 only right, %4 data, %5 ACL, %6 kind; %7 identical (read in %8 ms, compared in %9 ms).</source>
        <translation>%1 处差异：仅左侧 %2，仅右侧 %3，数据 %4，ACL %5，类型 %6；相同 %7（读取耗时 %8 ms，比较耗时 %9 ms）。</translation>
    </message>
    <message>
        <source>(null data)</source>
        <translation>（null 数据）</translation>
    </message>
    <message>
        <source>(not on the left)</source>
        <translation>（左侧没有）</translation>
    </message>
    <message>
        <source>(not on the right)</source>
        <translation>（右侧没有）</translation>
    </message>
    <message>
        <source>An export file cannot be written: apply from the file to the live side.</source>
        <translation>导出文件不能被写入：请从文件应用到在线的一侧。</translation>
    </message>
    <message>
        <source>Write %1 creates, %2 data updates, %3 ACL changes on the %4 side?</source>
        <translation>在%4侧写入 %1 个创建、%2 个数据更新、%3 个 ACL 修改？</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Apply differences</source>
        <translation>应用差异</translation>
    </message>
    <message>
        <source>Delete nodes</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Also delete %1 nodes that exist only on the %2 side?</source>
        <translation>同时删除仅存在于%2侧的 %1 个节点？</translation>
    </message>
    <message>
        <source>Applied: %1 created, %2 data updates, %3 ACLs set, %4 deleted; %5 failed%6. Compare again to see the result.</source>
        <translation>已应用：创建 %1，数据更新 %2，设置 ACL %3，删除 %4；失败 %5%6。请重新比较查看结果。</translation>
    </message>
    <message>
        <source>A saved connection profile</source>
        <translation>已保存的连接配置</translation>
    </message>
    <message>
        <source>digest user:password (optional; kept in memory only)</source>
        <translation>digest user:password（可选；仅保存在内存中）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Digest credentials have the form user:password.</source>
        <translation>digest 凭据的格式为 user:password。</translation>
    </message>
    <message>
        <source>Choose a saved connection profile for the right side.</source>
        <translation>请为右侧选择一个已保存的连接配置。</translation>
    </message>
    <message>
        <source>Reading the credentials of %1…</source>
        <translation>正在读取 %1 的凭据…</translation>
    </message>
    <message>
        <source>The keychain has no usable secret for %1 (%2): connect to it from the connection list, or give its connection string and credentials here.</source>
        <translation>钥匙串中没有 %1 的可用密钥（%2）：请从连接列表连接它，或在此处填写它的连接字符串和凭据。</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 more differences are not listed: narrow the filters or compare a smaller subtree.</source>
        <translation>还有 %1 处差异未列出：请收窄筛选条件，或比较更小的子树。</translation>
    </message>
    <message>
        <source>(the value could not be read again)</source>
        <translation>（无法再次读取该值）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>(null: no data)</source>
        <translation>（null：没有数据）</translation>
    </message>
    <message>
        <source>Save conflict — %1</source>
        <translation>保存冲突 — %1</translation>
    </message>
    <message>
        <source>The texts are the same (the bytes may still differ, e.g. in formatting).</source>
        <translation>文本相同（字节仍可能不同，例如格式）。</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>你的（%1）</translation>
    </message>
    <message>
        <source>Server, version %1 (%2)</source>
        <translation>服务器，版本 %1（%2）</translation>
    </message>
    <message>
        <source>Changes from the server&apos;s data to yours: %1 line(s) removed, %2 added</source>
        <translation>从服务器数据到你的数据的变化：删除 %1 行，新增 %2 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by someone else&lt;/b&gt; since you loaded it (you edited version %2; the server now has version %3, modified %4). Nothing was written.&lt;br&gt;Compare the texts, then overwrite the server&apos;s data with yours, reload theirs (discarding your edit), or go back to editing.</source>
        <translation>&lt;b&gt;%1 在你加载后被他人修改了&lt;/b&gt;（你编辑的是版本 %2；服务器现在是版本 %3，修改于 %4）。没有写入任何内容。&lt;br&gt;请比较两边的文本，然后选择用你的数据覆盖服务器数据、重新加载对方的数据（丢弃你的编辑），或返回继续编辑。</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Write your data over the server&apos;s version %1</source>
        <translation>用你的数据覆盖服务器的版本 %1</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>重新加载（丢弃我的）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Replace the server&apos;s version %1 with your data? The other change is lost.</source>
        <translation>用你的数据替换服务器的版本 %1？对方的修改将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>host:port[,host:port…][/chroot]</source>
        <translation>host:port[,host:port…][/chroot]</translation>
    </message>
    <message>
        <source>ZooKeeper connection string, e.g. zk1:2181,zk2:2181,zk3:2181/app</source>
        <translation>ZooKeeper 连接串，例如 zk1:2181,zk2:2181,zk3:2181/app</translation>
    </message>
    <message>
        <source>Read-only connection</source>
        <translation>只读连接</translation>
    </message>
    <message>
        <source>zkdesk refuses every write on this connection</source>
        <translation>zkdesk 会拒绝此连接上的所有写操作</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Auth…</source>
        <translation>认证…</translation>
    </message>
    <message>
        <source>Credentials sent after connecting (digest user and password, or another scheme)</source>
        <translation>连接后发送的凭据（digest 用户名和密码，或其他 scheme）</translation>
    </message>
    <message>
        <source>Auth (%1)…</source>
        <translation>认证（%1）…</translation>
    </message>
    <message>
        <source>enter a connection string</source>
        <translation>请输入连接串</translation>
    </message>
</context>
<context>
    <name>ConnectionCopyDialog</name>
    <message>
        <source>Move to Connection</source>
        <translation>移动到连接</translation>
    </message>
    <message>
        <source>Copy to Connection</source>
        <translation>复制到连接</translation>
    </message>
    <message>
        <source>Move %1 of %2 and everything below it to another open connection:</source>
        <translation>将 %2 的 %1 及其下的所有节点移动到另一个已打开的连接：</translation>
    </message>
    <message>
        <source>Copy %1 of %2 and everything below it to another open connection:</source>
        <translation>将 %2 的 %1 及其下的所有节点复制到另一个已打开的连接：</translation>
    </message>
    <message>
        <source>Stop: write nothing if a node exists and differs</source>
        <translation>停止：若有节点已存在且不同，则不写入任何内容</translation>
    </message>
    <message>
        <source>Skip nodes that exist</source>
        <translation>跳过已存在的节点</translation>
    </message>
    <message>
        <source>Overwrite (checked against the version read)</source>
        <translation>覆盖（按读取时的版本检查）</translation>
    </message>
    <message>
        <source>To connection:</source>
        <translation>目标连接：</translation>
    </message>
    <message>
        <source>Into parent:</source>
        <translation>父节点：</translation>
    </message>
    <message>
        <source>As name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Existing nodes:</source>
        <translation>已存在的节点：</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>No other connection is open: open the target in a new tab (File &gt; New Connection) first.</source>
        <translation>没有其他已打开的连接：请先在新标签页中打开目标（文件 &gt; 新建连接）。</translation>
    </message>
    <message>
        <source>Counting the nodes below %1 and reading %2 on %3…</source>
        <translation>正在统计 %1 下的节点并读取 %3 上的 %2…</translation>
    </message>
    <message>
        <source>Cannot %1: %2
Nothing was written.</source>
        <translation>无法%1：%2
没有写入任何内容。</translation>
    </message>
    <message>
        <source>move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 will be created on %2 at %3, with their data and ACLs.</source>
        <translation>将在 %2 的 %3 处创建 %1，包括其数据和 ACL。</translation>
    </message>
    <message>
        <source>Existing nodes: %1 data and %2 ACL updates (checked against the version read).</source>
        <translation>已存在的节点：%1 项数据更新和 %2 项 ACL 更新（按读取时的版本检查）。</translation>
    </message>
    <message>
        <source>%1 exist and differ: left as they are.</source>
        <translation>%1 已存在且不同：保持不变。</translation>
    </message>
    <message>
        <source>%1 are already identical.</source>
        <translation>%1 已经相同。</translation>
    </message>
    <message>
        <source>%1 differ in kind and are left alone.</source>
        <translation>%1 类型不同，保持不变。</translation>
    </message>
    <message>
        <source>%1 ephemeral are skipped (they belong to a session).</source>
        <translation>跳过 %1 临时节点（它们属于某个会话）。</translation>
    </message>
    <message>
        <source>%1 could not be read (no permission) and are not copied.</source>
        <translation>%1 无法读取（没有权限），不会被复制。</translation>
    </message>
    <message>
        <source>The original is deleted only after a complete copy, and only when you confirm it.</source>
        <translation>只有在完整复制之后并经你确认，才会删除原节点。</translation>
    </message>
    <message>
        <source>Stop at the first conflict: %1 differs, so nothing would be written.</source>
        <translation>遇到第一个冲突时停止：%1 不同，因此不会写入任何内容。</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3 on %4?</source>
        <translation>将 %1 从 %2 移动到 %4 上的 %3？</translation>
    </message>
    <message>
        <source>Copy %1 from %2 to %3 on %4?</source>
        <translation>将 %1 从 %2 复制到 %4 上的 %3？</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Copied %1 to %2 on %3: %4 %5.</source>
        <translation>已将 %1 复制到 %3 上的 %2：%4 %5。</translation>
    </message>
    <message>
        <source>%1 stopped: %2 of %3 written at %4.</source>
        <translation>%1 已停止：已在 %4 写入 %2 / %3。</translation>
    </message>
    <message>
        <source>What was written is left in place at %1.</source>
        <translation>已写入的内容保留在 %1。</translation>
    </message>
    <message>
        <source>The original at %1 was not touched.</source>
        <translation>%1 处的原节点未被改动。</translation>
    </message>
    <message>
        <source>The copy is complete: %1 written to %2 on %3. Delete the original %4 at %5 on %6 now?</source>
        <translation>复制已完成：已将 %1 写入 %3 上的 %2。现在删除 %6 上 %5 处的原 %4 吗？</translation>
    </message>
    <message>
        <source>A node changed since it was read is kept, and reported.</source>
        <translation>读取之后被修改过的节点会被保留并报告。</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>删除原节点</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Copied; the original at %1 was kept.</source>
        <translation>已复制；%1 处的原节点已保留。</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Moved %1 to %2 on %3: %4.</source>
        <translation>已将 %1 移动到 %3 上的 %2：%4。</translation>
    </message>
    <message>
        <source>Copied %1 to %2, but the original was not removed completely.</source>
        <translation>已将 %1 复制到 %2，但原节点未被完全删除。</translation>
    </message>
    <message>
        <source>Of the original: %1 deleted, %2 kept (ephemeral, changed meanwhile or refused).</source>
        <translation>原节点：已删除 %1 个，保留 %2 个（临时节点、期间被修改或被拒绝）。</translation>
    </message>
    <message>
        <source> (see the details)</source>
        <translation>（见详细信息）</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1 未完成</translation>
    </message>
</context>
<context>
    <name>ConnectionCopyJob</name>
    <message>
        <source>invalid path &quot;%1&quot;: %2</source>
        <translation>无效路径“%1”：%2</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>cannot copy the root node &quot;/&quot;: choose a node below it</source>
        <translation>不能复制根节点“/”：请选择其下的节点</translation>
    </message>
    <message>
        <source>the destination cannot be the root node &quot;/&quot;</source>
        <translation>目标不能是根节点“/”</translation>
    </message>
    <message>
        <source>the target connection is read-only: nothing was written</source>
        <translation>目标连接是只读的：没有写入任何内容</translation>
    </message>
    <message>
        <source>the source connection is read-only: a move could not delete the original; copy instead</source>
        <translation>源连接是只读的：移动无法删除原节点；请改用复制</translation>
    </message>
    <message>
        <source>the destination&apos;s parent %1 does not exist on the target</source>
        <translation>目标上不存在目标的父节点 %1</translation>
    </message>
    <message>
        <source>the destination&apos;s parent %1 is ephemeral: it cannot have children</source>
        <translation>目标的父节点 %1 是临时节点：不能有子节点</translation>
    </message>
    <message>
        <source>the destination %1 already exists: a move needs a new path (copy merges into an existing node)</source>
        <translation>目标 %1 已存在：移动需要一个新路径（复制会合并到已存在的节点）</translation>
    </message>
    <message>
        <source>the source %1 does not exist</source>
        <translation>源节点 %1 不存在</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>已取消：没有写入任何内容</translation>
    </message>
</context>
<context>
    <name>ConnectionDropHandler</name>
    <message>
        <source>This connection is read-only: nothing can be copied into it.</source>
        <translation>此连接是只读的：无法向其中复制任何内容。</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <source>Connection lists (*.cfg *.json *.history *.properties);;All files (*)</source>
        <translation>连接列表 (*.cfg *.json *.history *.properties);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <source>zkdesk connections (*.json)</source>
        <translation>zkdesk 连接 (*.json)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No saved connections yet: New… or Import… adds one.</source>
        <translation>还没有已保存的连接：用“新建…”或“导入…”添加。</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>Opens read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Auth: %1</source>
        <translation>认证：%1</translation>
    </message>
    <message>
        <source>Start path: %1</source>
        <translation>起始路径：%1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the saved connection &quot;%1&quot; (%2) and its passwords in the keychain? The cluster itself is not touched.</source>
        <translation>删除已保存的连接“%1”（%2）及其在密钥环中的密码？集群本身不受影响。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Connected to %1%2 in %3 ms; round trip %4 ms (best %5 ms). Disconnected.</source>
        <translation>%3 ms 内连接到 %1%2；往返 %4 ms（最快 %5 ms）。已断开。</translation>
    </message>
    <message>
        <source> (read-only server)</source>
        <translation>（只读服务器）</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without passwords).</source>
        <translation>
            <numerusform>已将 %n 个连接导出到 %1（不含密码）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation>连接串：%1</translation>
    </message>
    <message>
        <source>session timeout</source>
        <translation>会话超时</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>颜色“%1”不是 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>Start path: %1</source>
        <translation>起始路径：%1</translation>
    </message>
    <message>
        <source>An auth entry has no scheme (e.g. digest).</source>
        <translation>有一条认证条目没有 scheme（例如 digest）。</translation>
    </message>
    <message>
        <source>A digest auth entry needs a user name.</source>
        <translation>digest 认证条目需要用户名。</translation>
    </message>
    <message>
        <source>TLS needs a CA bundle (PEM) to check the servers&apos; certificates.</source>
        <translation>TLS 需要 CA 证书包（PEM）来校验服务器证书。</translation>
    </message>
    <message>
        <source>A TLS client certificate needs its key, and a key its certificate.</source>
        <translation>TLS 客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>The %1 (%2 ms) must be between 1 s and 10 min.</source>
        <translation>%1（%2 毫秒）必须在 1 秒到 10 分钟之间。</translation>
    </message>
    <message>
        <source>The %1 path &quot;%2&quot; contains a comma, which the ZooKeeper client uses to separate its TLS settings: rename or link the file.</source>
        <translation>%1路径“%2”包含逗号，而 ZooKeeper 客户端用逗号分隔 TLS 设置：请重命名该文件或为其创建链接。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; does not exist or is not readable.</source>
        <translation>%1“%2”不存在或不可读。</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs a user name.</source>
        <translation>SASL DIGEST-MD5 需要用户名。</translation>
    </message>
    <message>
        <source>Kerberos needs the service name the servers run as (usually zookeeper).</source>
        <translation>Kerberos 需要服务器运行所用的服务名（通常是 zookeeper）。</translation>
    </message>
    <message>
        <source>Unknown SASL mechanism &quot;%1&quot;: use DIGEST-MD5 or GSSAPI (Kerberos).</source>
        <translation>未知的 SASL 机制“%1”：请使用 DIGEST-MD5 或 GSSAPI（Kerberos）。</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be a SHA-256 in hex (64 digits, colons left out).</source>
        <translation>固定的指纹必须是十六进制的 SHA-256（64 位，不含冒号）。</translation>
    </message>
    <message>
        <source>TLS and SASL cannot be used together: the ZooKeeper 3.8 C client does not support SASL over TLS (ZOOKEEPER-3482). Use one of them.</source>
        <translation>TLS 和 SASL 不能同时使用：ZooKeeper 3.8 C 客户端不支持基于 TLS 的 SASL（ZOOKEEPER-3482）。请只用其中一种。</translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>host name &quot;%1...&quot; is longer than 253 characters</source>
        <translation>主机名“%1...”超过 253 个字符</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; has an empty part (a leading, trailing or doubled &quot;.&quot;): remove the extra &quot;.&quot;</source>
        <translation>主机名“%1”中有空的部分（开头、结尾或连续的“.”）：请删除多余的“.”</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; has a part longer than 63 characters</source>
        <translation>主机名“%1”中有一部分超过 63 个字符</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; contains &quot;%2&quot;: use the ASCII (punycode) form of international names</source>
        <translation>主机名“%1”包含“%2”：国际化域名请使用 ASCII（punycode）形式</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; contains &quot;%2&quot;, which is not allowed: use letters, digits, &quot;-&quot; and &quot;.&quot;</source>
        <translation>主机名“%1”包含不允许的“%2”：请使用字母、数字、“-”和“.”</translation>
    </message>
    <message>
        <source>host name &quot;%1&quot; has a part that starts or ends with &quot;-&quot;</source>
        <translation>主机名“%1”中有一部分以“-”开头或结尾</translation>
    </message>
    <message>
        <source>port missing after &quot;:&quot; in &quot;%1&quot;: add a port such as 2181, or remove the &quot;:&quot; to use 2181</source>
        <translation>“%1”中“:”之后缺少端口：请添加端口（如 2181），或删除“:”以使用 2181</translation>
    </message>
    <message>
        <source>host missing in &quot;%1&quot;: write host:port, e.g. %2</source>
        <translation>“%1”中缺少主机：请写成 host:port，例如 %2</translation>
    </message>
    <message>
        <source>enter a connection string such as %1</source>
        <translation>请输入连接串，例如 %1</translation>
    </message>
    <message>
        <source>remove the &quot;%1&quot; prefix: write host:port[,host:port...][/chroot], e.g. %2</source>
        <translation>请删除“%1”前缀：写成 host:port[,host:port...][/chroot]，例如 %2</translation>
    </message>
    <message>
        <source>no server before the chroot &quot;%1&quot;: write host:port first, e.g. %2%1</source>
        <translation>chroot“%1”之前没有服务器：请先写 host:port，例如 %2%1</translation>
    </message>
    <message>
        <source>server %1 of %2 is empty (two commas in a row, or a comma at the start or end): remove the extra &quot;,&quot;</source>
        <translation>第 %1 个服务器（共 %2 个）为空（连续两个逗号，或开头/结尾有逗号）：请删除多余的“,”</translation>
    </message>
</context>
<context>
    <name>ConnectionTabs</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Move to New Window</source>
        <translation>移到新窗口</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected, but the server refused the %1 credentials: %2</source>
        <translation>已连接，但服务器拒绝了 %1 凭据：%2</translation>
    </message>
    <message>
        <source>The server refused the credentials (auth failed).</source>
        <translation>服务器拒绝了凭据（认证失败）。</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Writes unlocked on %1 for this session.</source>
        <translation>本次会话已解锁 %1 上的写操作。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
</context>
<context>
    <name>ConsoleDock</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>zkCli command, e.g. ls -s /  (help lists them; Tab completes paths)</source>
        <translation>zkCli 命令，例如 ls -s /（help 列出所有命令；Tab 补全路径）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the output</source>
        <translation>清空输出</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>ConsoleExecutor</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>zkdesk console %1 (ZooKeeper C client 3.8, zkCli 3.8 syntax)</source>
        <translation>zkdesk 控制台 %1（ZooKeeper C 客户端 3.8，zkCli 3.8 语法）</translation>
    </message>
    <message>
        <source>Command index out of range</source>
        <translation>Command index out of range</translation>
    </message>
    <message>
        <source>%1: this console shares the window&apos;s connection; use the connection bar to connect or disconnect</source>
        <translation>%1：此控制台与窗口共用连接；请使用连接栏来连接或断开</translation>
    </message>
    <message>
        <source>digest credentials have the form user:password</source>
        <translation>digest 凭据的格式为 user:password</translation>
    </message>
    <message>
        <source>addauth %1 failed: %2</source>
        <translation>addauth %1 失败：%2</translation>
    </message>
    <message>
        <source>computed on the client (the 3.8 C client has no whoami): the identities this session added; the server also knows this client by its address</source>
        <translation>在客户端计算（3.8 版 C 客户端没有 whoami）：本会话添加的身份；服务器还会通过地址识别此客户端</translation>
    </message>
    <message>
        <source>mode must be PERSISTENT or PERSISTENT_RECURSIVE</source>
        <translation>mode 必须是 PERSISTENT 或 PERSISTENT_RECURSIVE</translation>
    </message>
    <message>
        <source>emulated on the client (the 3.8 C client has no addWatch): one-shot watches on %1 node(s) of the subtree, re-armed after each event%2</source>
        <translation>在客户端模拟（3.8 版 C 客户端没有 addWatch）：在子树的 %1 个节点上设置一次性 watch，每次事件后重新设置%2</translation>
    </message>
    <message>
        <source> (capped: some nodes are not watched)</source>
        <translation>（已达上限：部分节点未被监听）</translation>
    </message>
    <message>
        <source>%1 is already watched (addWatch %2)</source>
        <translation>%1 已被监听（addWatch %2）</translation>
    </message>
    <message>
        <source>No watcher found for path: %1</source>
        <translation>No watcher found for path: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleGrammar</name>
    <message>
        <source>Command not found: %1</source>
        <translation>Command not found: %1</translation>
    </message>
    <message>
        <source>Missing argument for option: %1</source>
        <translation>Missing argument for option: %1</translation>
    </message>
    <message>
        <source>Unrecognized option: %1</source>
        <translation>Unrecognized option: %1</translation>
    </message>
</context>
<context>
    <name>CreateNodeDialog</name>
    <message>
        <source>Create node</source>
        <translation>创建节点</translation>
    </message>
    <message>
        <source>Create missing parents (persistent, open ACL)</source>
        <translation>创建缺失的父节点（持久节点，开放 ACL）</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>节点名</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Persistent sequential</source>
        <translation>持久顺序</translation>
    </message>
    <message>
        <source>Ephemeral sequential</source>
        <translation>临时顺序</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Persistent with TTL</source>
        <translation>带 TTL 的持久节点</translation>
    </message>
    <message>
        <source>Persistent sequential with TTL</source>
        <translation>带 TTL 的持久顺序节点</translation>
    </message>
    <message>
        <source>milliseconds, e.g. 60000</source>
        <translation>毫秒，例如 60000</translation>
    </message>
    <message>
        <source>Open (world:anyone, all permissions)</source>
        <translation>开放（world:anyone，全部权限）</translation>
    </message>
    <message>
        <source>Creator all (auth, all permissions)</source>
        <translation>创建者全部权限（auth，全部权限）</translation>
    </message>
    <message>
        <source>Read-only world (world:anyone, read)</source>
        <translation>所有人只读（world:anyone，读）</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>The ACL editor is not there yet: use a preset</source>
        <translation>ACL 编辑器尚不可用：请使用预设</translation>
    </message>
    <message>
        <source>Null data (no bytes at all, not even an empty string)</source>
        <translation>null 数据（没有任何字节，连空字符串都不是）</translation>
    </message>
    <message>
        <source>UTF-8 text; leave empty for empty data (0 bytes)</source>
        <translation>UTF-8 文本；留空表示空数据（0 字节）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>父节点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;TTL (ms):</source>
        <translation>TTL（毫秒）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;ACL:</source>
        <translation>ACL(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <source>Enter the TTL in milliseconds</source>
        <translation>请输入以毫秒为单位的 TTL</translation>
    </message>
    <message>
        <source>The TTL must be a whole number of milliseconds from 1 to %1</source>
        <translation>TTL 必须是 1 到 %1 之间的整数毫秒</translation>
    </message>
    <message>
        <source>Stays until it is deleted.</source>
        <translation>一直存在，直到被删除。</translation>
    </message>
    <message>
        <source>Deleted when this zkdesk session ends; cannot have children.</source>
        <translation>在本 zkdesk 会话结束时删除；不能有子节点。</translation>
    </message>
    <message>
        <source>The server appends a 10-digit counter to the name (name0000000042).</source>
        <translation>服务器会在名称后追加 10 位计数器（name0000000042）。</translation>
    </message>
    <message>
        <source>Deleted when this zkdesk session ends.</source>
        <translation>在本 zkdesk 会话结束时删除。</translation>
    </message>
    <message>
        <source>The server deletes it some time after its last child is gone.</source>
        <translation>最后一个子节点消失后，服务器会在一段时间后删除它。</translation>
    </message>
    <message>
        <source>Deleted once it has had no children and no change for the TTL. Needs extendedTypesEnabled=true on the server.</source>
        <translation>在 TTL 时间内既没有子节点也没有修改时被删除。需要服务器开启 extendedTypesEnabled=true。</translation>
    </message>
    <message>
        <source>A 10-digit counter is appended to the name.</source>
        <translation>名称后会追加 10 位计数器。</translation>
    </message>
    <message>
        <source>Anyone may read, change and delete it.</source>
        <translation>任何人都可以读取、修改和删除它。</translation>
    </message>
    <message>
        <source>Only the identities this session authenticated with; the server refuses it (invalid ACL) when the session has none.</source>
        <translation>仅限本会话已认证的身份；如果会话没有任何身份，服务器会拒绝（invalid ACL）。</translation>
    </message>
    <message>
        <source>Anyone may read it; nobody may change its data or ACL or add children.</source>
        <translation>任何人都可以读取；任何人都不能修改其数据或 ACL，也不能添加子节点。</translation>
    </message>
    <message>
        <source>The data is %1 bytes; a request may be at most %2 bytes.</source>
        <translation>数据有 %1 字节；单个请求最多 %2 字节。</translation>
    </message>
    <message>
        <source>Null data (length −1).</source>
        <translation>null 数据（长度 −1）。</translation>
    </message>
    <message>
        <source>Empty data (0 bytes).</source>
        <translation>空数据（0 字节）。</translation>
    </message>
    <message>
        <source>%1 bytes, UTF-8.</source>
        <translation>%1 字节，UTF-8。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>CreateNodeTask</name>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>could not create the parent %1: %2</source>
        <translation>无法创建父节点 %1：%2</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Ensemble</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop polling the servers; the charts keep what they have.</source>
        <translation>停止轮询服务器；图表保留已有的数据。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save every server&apos;s figures of the last hour as CSV.</source>
        <translation>将每台服务器最近一小时的指标保存为 CSV。</translation>
    </message>
    <message>
        <source>AdminServer port:</source>
        <translation>AdminServer 端口：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The HTTP port of the servers&apos; AdminServer (admin.serverPort). Off: four-letter words only.</source>
        <translation>服务器 AdminServer 的 HTTP 端口（admin.serverPort）。关闭：只使用四字命令。</translation>
    </message>
    <message>
        <source>%1 refused %2: not in the server&apos;s 4lw.commands.whitelist (ZooKeeper allows only srvr by default). Watches, ephemerals, data size, open file descriptors and the leader&apos;s synced followers and pending syncs stay unknown; the other figures come from srvr.
To allow them, add this line to zoo.cfg on each server and restart it:
%3
or turn the AdminServer on (admin.enableServer=true) and enter its port above.</source>
        <translation>%1 拒绝了 %2：不在服务器的 4lw.commands.whitelist 中（ZooKeeper 默认只允许 srvr）。watch 数、临时节点数、数据大小、打开的文件描述符以及 Leader 已同步的 Follower 和待同步数都将未知；其他指标来自 srvr。
如需允许，请在每台服务器的 zoo.cfg 中加入下面这一行并重启：
%3
或者开启 AdminServer（admin.enableServer=true）并在上面填写它的端口。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Not polling while hidden.</source>
        <translation>隐藏时不轮询。</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n server(s) every %1 s.</source>
        <translation>
            <numerusform>每 %1 秒轮询 %n 台服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出仪表盘</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The dashboard could not be saved to %1: %2</source>
        <translation>无法将仪表盘保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>DataCodec</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>%1 cannot represent the character &quot;%2&quot; (U+%3) at line %4, column %5; nothing was converted. Choose another encoding (UTF-8 represents every character) or remove the character.</source>
        <translation>%1 无法表示第 %4 行第 %5 列的字符“%2”（U+%3）；未做任何转换。请选择其他编码（UTF-8 可以表示所有字符）或删除该字符。</translation>
    </message>
    <message>
        <source>the text cannot be represented in %1</source>
        <translation>该文本无法用 %1 表示</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at line %2, column %3), shown as text</source>
        <translation>不是有效的 JSON（第 %2 行第 %3 列：%1），按文本显示</translation>
    </message>
    <message>
        <source>the bytes are not valid %1: read-only here, edit them in Hex</source>
        <translation>这些字节不是有效的 %1：此处只读，请在十六进制模式中编辑</translation>
    </message>
    <message>
        <source>not Base64: the character &quot;%1&quot; is not allowed</source>
        <translation>不是 Base64：不允许字符“%1”</translation>
    </message>
    <message>
        <source>not valid Base64: check the characters and the &apos;=&apos; padding</source>
        <translation>不是有效的 Base64：请检查字符和“=”填充</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
</context>
<context>
    <name>DataEditorBar</name>
    <message>
        <source>How to show and edit the data. Auto: Hex for bytes that are not UTF-8, else by content (JSON, XML, properties, YAML, text).</source>
        <translation>数据的显示和编辑方式。自动：非 UTF-8 字节用十六进制，否则按内容识别（JSON、XML、properties、YAML、文本）。</translation>
    </message>
    <message>
        <source>Character set of the bytes in the text modes</source>
        <translation>文本模式下字节所用的字符集</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>How edited JSON is written to the node; defaults to the node&apos;s own style</source>
        <translation>编辑后的 JSON 写入节点的格式；默认沿用节点原有的风格</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Charset:</source>
        <translation>字符集：</translation>
    </message>
    <message>
        <source>Null/Empty</source>
        <translation>null/空</translation>
    </message>
    <message>
        <source>Set the data to null (length -1) or empty (0 bytes)</source>
        <translation>将数据设为 null（长度 -1）或空（0 字节）</translation>
    </message>
</context>
<context>
    <name>DeleteFlow</name>
    <message>
        <source>Counting the nodes below %1…</source>
        <translation>正在统计 %1 下的节点…</translation>
    </message>
    <message>
        <source>Counting the nodes below %1 selected nodes…</source>
        <translation>正在统计 %1 个所选节点下的节点…</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>1 node, version %1, %2 bytes of data, no children.</source>
        <translation>1 个节点，版本 %1，%2 字节数据，没有子节点。</translation>
    </message>
    <message>
        <source>It is ephemeral: the session that owns it will see it disappear.</source>
        <translation>这是临时节点：拥有它的会话会看到它消失。</translation>
    </message>
    <message>
        <source>The delete carries version %1: if the node changed since, nothing is deleted.</source>
        <translation>删除操作带有版本 %1：如果节点在此之后被修改，则不会删除任何内容。</translation>
    </message>
    <message>
        <source>Delete 1 node</source>
        <translation>删除 1 个节点</translation>
    </message>
    <message>
        <source>Delete cancelled: nothing was deleted.</source>
        <translation>已取消删除：没有删除任何内容。</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1 was already gone</source>
        <translation>%1 已经不存在了</translation>
    </message>
    <message>
        <source>%1 changed since it was loaded. Nothing was deleted.</source>
        <translation>%1 在加载后已被修改。没有删除任何内容。</translation>
    </message>
    <message>
        <source>You saw version %1; someone else has changed it since. Reload it to see the current state, then decide again.</source>
        <translation>你看到的是版本 %1；此后已有他人修改。请重新加载查看当前状态，然后再决定。</translation>
    </message>
    <message>
        <source>%1 has children now. Nothing was deleted.</source>
        <translation>%1 现在有子节点了。没有删除任何内容。</translation>
    </message>
    <message>
        <source>Reload it and delete again: the subtree is then counted first.</source>
        <translation>请重新加载后再删除：届时会先统计子树。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Delete refused</source>
        <translation>删除被拒绝</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Delete cancelled while counting: nothing was deleted.</source>
        <translation>统计期间已取消删除：没有删除任何内容。</translation>
    </message>
    <message>
        <source>Could not count the nodes below %1: %2. Nothing was deleted.</source>
        <translation>无法统计 %1 下的节点：%2。没有删除任何内容。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 and everything below it?</source>
        <translation>删除 %1 及其下的所有内容？</translation>
    </message>
    <message>
        <source>Delete these %1 nodes and everything below them?</source>
        <translation>删除这 %1 个节点及其下的所有内容？</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 个</translation>
    </message>
    <message>
        <source>%1 will be deleted, %2 of them ephemeral (their sessions will see them disappear).</source>
        <translation>将删除 %1，其中 %2 个是临时节点（其所属会话会看到它们消失）。</translation>
    </message>
    <message>
        <source>%1 will be deleted, none of them ephemeral.</source>
        <translation>将删除 %1，其中没有临时节点。</translation>
    </message>
    <message>
        <source>%1 could not be read (no permission): they are tried too, but what is below them is unknown.</source>
        <translation>%1 无法读取（没有权限）：也会尝试删除它们，但其下的内容未知。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete nodes</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Deleted %1 %2.</source>
        <translation>已删除 %1 %2。</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 nodes.</source>
        <translation>已删除 %1 / %2 个节点。</translation>
    </message>
    <message>
        <source>Already gone (deleted by someone else): %1</source>
        <translation>已不存在（已被他人删除）：%1</translation>
    </message>
    <message>
        <source> (see the details; their parents were kept)</source>
        <translation>（详见详细信息；其父节点已保留）</translation>
    </message>
    <message>
        <source> (still there)</source>
        <translation>（仍然存在）</translation>
    </message>
    <message>
        <source>Delete finished</source>
        <translation>删除完成</translation>
    </message>
    <message>
        <source>Delete cancelled</source>
        <translation>删除已取消</translation>
    </message>
    <message>
        <source>Delete incomplete</source>
        <translation>删除未完成</translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message>
        <source>%1 difference(s): %2 only left, %3 only right, %4 data, %5 ACL, %6 kind; %7 identical</source>
        <translation>%1 处差异：仅左侧 %2，仅右侧 %3，数据 %4，ACL %5，类型 %6；相同 %7</translation>
    </message>
</context>
<context>
    <name>DiffTree</name>
    <message>
        <source>identical</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in Data…</source>
        <translation>在数据中查找(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Unlock writes…</source>
        <translation>解锁写操作…</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>writes allowed</source>
        <translation>允许写入</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Unlock writes</source>
        <translation>解锁写操作</translation>
    </message>
    <message>
        <source>Allow changes on &quot;%1&quot; for this session? Saves, creates, deletes and ACL changes will be sent to this cluster. The profile opens read-only again next time.</source>
        <translation>在本次会话中允许修改“%1”？保存、创建、删除和 ACL 修改都会发送到这个集群。下次打开该连接时仍为只读。</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Connection</source>
        <translation>新建连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>连接管理(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>没有最近的连接</translation>
    </message>
</context>
<context>
    <name>FourLetterClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
</context>
<context>
    <name>GoToPathDialog</name>
    <message>
        <source>Go to Path</source>
        <translation>转到路径</translation>
    </message>
    <message>
        <source>/path/to/znode</source>
        <translation>/path/to/znode</translation>
    </message>
    <message>
        <source>Type a path; child names complete from the server.</source>
        <translation>输入路径；子节点名会从服务器自动补全。</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter goes to the path.</source>
        <translation>按回车转到该路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n child node(s) under %1</source>
        <translation>
            <numerusform>%1 下有 %n 个子节点</numerusform>
        </translation>
    </message>
    <message>
        <source>No child of %1 starts with &quot;%2&quot;.</source>
        <translation>%1 下没有以“%2”开头的子节点。</translation>
    </message>
</context>
<context>
    <name>GzipFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>writing %1 failed (zlib error %2)</source>
        <translation>写入 %1 失败（zlib 错误 %2）</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>GzipLineReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>the gzip file is truncated (it ends in the middle of the compressed data)</source>
        <translation>gzip 文件被截断（在压缩数据中间结束）</translation>
    </message>
    <message>
        <source>the file cannot be decompressed: %1</source>
        <translation>文件无法解压：%1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About zkdesk</source>
        <translation>关于 zkdesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Tree and editor</source>
        <translation>树和编辑器</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>About zkdesk</source>
        <translation>关于 zkdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;zkdesk %1&lt;/h3&gt;&lt;p&gt;A native desktop browser and editor for Apache ZooKeeper.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;zkdesk %1&lt;/h3&gt;&lt;p&gt;原生的 Apache ZooKeeper 桌面浏览和编辑工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 · ZooKeeper C client %2</source>
        <translation>Qt %1 · ZooKeeper C 客户端 %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a file, then Dry run: nothing is written before Import.</source>
        <translation>选择文件，然后试运行：在导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Exports (*.json *.gz);;All files (*)</source>
        <translation>导出文件 (*.json *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Skip nodes that exist</source>
        <translation>跳过已存在的节点</translation>
    </message>
    <message>
        <source>Overwrite (checked against the version read)</source>
        <translation>覆盖（按读取时的版本校验）</translation>
    </message>
    <message>
        <source>Stop at the first conflict</source>
        <translation>遇到第一个冲突时停止</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <source>Existing nodes:</source>
        <translation>已存在的节点：</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the file and %1…</source>
        <translation>正在读取文件和 %1…</translation>
    </message>
    <message>
        <source>Cannot import: %1
Nothing was written.</source>
        <translation>无法导入：%1
没有写入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 data updates, %3 ACL changes, %4 skipped (differ), %5 identical, %6 ephemeral nodes in the file not imported.</source>
        <translation>试运行：将创建 %1，数据更新 %2，ACL 修改 %3，跳过 %4（有差异），相同 %5，文件中有 %6 个临时节点不会导入。</translation>
    </message>
    <message>
        <source> %1 nodes differ in kind and are left alone.</source>
        <translation> %1 个节点类型不同，保持不变。</translation>
    </message>
    <message>
        <source>
Stop at the first conflict: %1 differs, so Import would write nothing.</source>
        <translation>
遇到第一个冲突时停止：%1 有差异，因此导入不会写入任何内容。</translation>
    </message>
    <message>
        <source>
This connection is read-only: Import is disabled.</source>
        <translation>
此连接是只读的：导入已禁用。</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Stopped: %1. </source>
        <translation>已停止：%1。</translation>
    </message>
    <message>
        <source>Written: %1 created, %2 data updates, %3 ACLs set. Failed: %4, not attempted: %5, unknown (in flight when the connection was lost): %6.</source>
        <translation>已写入：创建 %1，数据更新 %2，设置 ACL %3。失败：%4，未尝试：%5，结果未知（连接断开时仍在途中）：%6。</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>invalid target path &quot;%1&quot;: %2</source>
        <translation>无效的目标路径“%1”：%2</translation>
    </message>
    <message>
        <source>left side: </source>
        <translation>左侧：</translation>
    </message>
    <message>
        <source>nothing to import: the file or the target was not read</source>
        <translation>没有可导入的内容：文件或目标未被读取</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation>正在取消：等待已发出的请求完成…</translation>
    </message>
</context>
<context>
    <name>JobReportBox</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not attempted: %1</source>
        <translation>未尝试：%1</translation>
    </message>
    <message>
        <source>Unknown: %1 (in flight when the connection was lost)</source>
        <translation>结果未知：%1（连接断开时仍在途中）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 个</translation>
    </message>
</context>
<context>
    <name>Kerberos</name>
    <message>
        <source>No Kerberos ticket in %1: run kinit (for example kinit user@REALM) and connect again.</source>
        <translation>%1 中没有 Kerberos 票据：请运行 kinit（例如 kinit user@REALM）后重新连接。</translation>
    </message>
    <message>
        <source>Kerberos is not usable here: its configuration could not be read (KRB5_CONFIG or /etc/krb5.conf).</source>
        <translation>此处无法使用 Kerberos：无法读取其配置（KRB5_CONFIG 或 /etc/krb5.conf）。</translation>
    </message>
    <message>
        <source>Cannot open the Kerberos ticket cache: %1.</source>
        <translation>无法打开 Kerberos 票据缓存：%1。</translation>
    </message>
    <message>
        <source>The Kerberos ticket of %1 expired at %2: run kinit to get a new one.</source>
        <translation>%1 的 Kerberos 票据已于 %2 过期：请运行 kinit 获取新票据。</translation>
    </message>
    <message>
        <source>Cannot reach a Kerberos KDC for realm %1 (%2): check krb5.conf&apos;s [realms] entry and that the KDC is running.</source>
        <translation>无法连接领域 %1 的 Kerberos KDC（%2）：请检查 krb5.conf 的 [realms] 条目以及 KDC 是否在运行。</translation>
    </message>
    <message>
        <source>The KDC does not know the service principal %1: check the service name, the server host name and the realm in the connection.</source>
        <translation>KDC 不认识服务主体 %1：请检查连接中的服务名、服务器主机名和领域。</translation>
    </message>
    <message>
        <source>The Kerberos ticket of %1 has expired: run kinit to get a new one.</source>
        <translation>%1 的 Kerberos 票据已过期：请运行 kinit 获取新票据。</translation>
    </message>
    <message>
        <source>Kerberos could not get a ticket for %1: %2.</source>
        <translation>Kerberos 无法获取 %1 的票据：%2。</translation>
    </message>
    <message>
        <source>Invalid Kerberos service principal: %1.</source>
        <translation>无效的 Kerberos 服务主体：%1。</translation>
    </message>
    <message>
        <source>The Kerberos KDC for realm %1 did not answer within %2 ms: check that it is running and reachable.</source>
        <translation>领域 %1 的 Kerberos KDC 在 %2 毫秒内没有应答：请检查它是否在运行且可以访问。</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
</context>
<context>
    <name>LeveledBatchRunner</name>
    <message>
        <source>the session is gone</source>
        <translation>会话已不存在</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>session %1</source>
        <translation>会话 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Go to Path needs a connected tab.</source>
        <translation>“转到路径”需要一个已连接的标签页。</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
</context>
<context>
    <name>MonitorHistory</name>
    <message>
        <source>Average latency (ms)</source>
        <translation>平均延迟（毫秒）</translation>
    </message>
    <message>
        <source>Outstanding requests</source>
        <translation>待处理请求</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Znodes</source>
        <translation>Znode 数</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watch 数</translation>
    </message>
</context>
<context>
    <name>NoAuthExplainer</name>
    <message>
        <source>read the data of</source>
        <translation>读取数据：</translation>
    </message>
    <message>
        <source>list the children of</source>
        <translation>列出子节点：</translation>
    </message>
    <message>
        <source>write the data of</source>
        <translation>写入数据：</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>read the ACL of</source>
        <translation>读取 ACL：</translation>
    </message>
    <message>
        <source>change the ACL of</source>
        <translation>修改其 ACL：</translation>
    </message>
    <message>
        <source>Not authorised: the server refused to %1 %2 (ZNOAUTH).</source>
        <translation>未授权：服务器拒绝%1 %2（ZNOAUTH）。</translation>
    </message>
    <message>
        <source>That needs %1 permission on the node.</source>
        <translation>这需要该节点上的 %1 权限。</translation>
    </message>
    <message>
        <source>That needs %1 permission on its parent %2.</source>
        <translation>这需要其父节点 %2 上的 %1 权限。</translation>
    </message>
    <message>
        <source>ACL of %1 (ACL version %2): %3</source>
        <translation>%1 的 ACL（ACL 版本 %2）：%3</translation>
    </message>
    <message>
        <source>(The server hides digest hashes, shown as user:x, from sessions without ADMIN on the node.)</source>
        <translation>（对于在该节点上没有 ADMIN 权限的会话，服务器会隐藏 digest 哈希，显示为 user:x。）</translation>
    </message>
    <message>
        <source>The ACL of %1 cannot be read by this session either (%2).</source>
        <translation>本会话也无法读取 %1 的 ACL（%2）。</translation>
    </message>
    <message>
        <source>This session holds: %1.</source>
        <translation>本会话持有的身份：%1。</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>无身份</translation>
    </message>
    <message>
        <source>Hint: ZooKeeper does not check a digest password at login: a wrong password is accepted silently and shows up only now, as a refusal.</source>
        <translation>提示：ZooKeeper 在登录时不检查 digest 密码：错误的密码会被静默接受，直到现在才表现为拒绝访问。</translation>
    </message>
    <message>
        <source> The ACL names this user, so the password this connection uses is the likely cause: check it in the connection&apos;s Auth… settings.</source>
        <translation> ACL 中指定了这个用户，因此很可能是此连接使用的密码有误：请在连接的“认证…”设置中检查。</translation>
    </message>
    <message>
        <source>This connection sends no credentials: add them with Auth… in the connection bar if the node is protected by digest or another scheme.</source>
        <translation>此连接没有发送任何凭据：如果节点受 digest 或其他 scheme 保护，请通过连接栏中的“认证…”添加。</translation>
    </message>
</context>
<context>
    <name>NodeCommands</name>
    <message>
        <source>-b and -x exclude each other</source>
        <translation>-b and -x exclude each other</translation>
    </message>
    <message>
        <source>the data is not valid base64</source>
        <translation>数据不是有效的 base64</translation>
    </message>
    <message>
        <source>cannot create the root node</source>
        <translation>不能创建根节点</translation>
    </message>
    <message>
        <source>ttl must be a positive number of ms</source>
        <translation>ttl must be a positive number of ms</translation>
    </message>
    <message>
        <source>TTLs cannot be used with Ephemeral or Container nodes</source>
        <translation>TTLs cannot be used with Ephemeral or Container nodes</translation>
    </message>
    <message>
        <source>-c cannot be combined with -e or -s</source>
        <translation>-c cannot be combined with -e or -s</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>-v cannot be combined with -R</source>
        <translation>-v cannot be combined with -R</translation>
    </message>
    <message>
        <source>Sync is OK</source>
        <translation>Sync is OK</translation>
    </message>
    <message>
        <source>version must be a number: %1</source>
        <translation>version must be a number: %1</translation>
    </message>
    <message>
        <source>(no watch: under a chroot the configuration is read outside it, through a short-lived second session)</source>
        <translation>（未设置 watch：在 chroot 下，配置是通过一个临时的第二个会话在 chroot 之外读取的）</translation>
    </message>
</context>
<context>
    <name>NodeDataView</name>
    <message>
        <source>Set null</source>
        <translation>设为 null</translation>
    </message>
    <message>
        <source>Make the data null (no data, length -1); written by Save</source>
        <translation>将数据设为 null（无数据，长度 -1）；保存时写入</translation>
    </message>
    <message>
        <source>Set empty</source>
        <translation>设为空</translation>
    </message>
    <message>
        <source>Make the data empty (0 bytes); written by Save</source>
        <translation>将数据设为空（0 字节）；保存时写入</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the data:
%1</source>
        <translation>无法读取数据：
%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Select a node to see its data</source>
        <translation>选择一个节点以查看其数据</translation>
    </message>
    <message>
        <source>Cannot switch to %1: %2</source>
        <translation>无法切换到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot change the charset: %1</source>
        <translation>无法更改字符集：%1</translation>
    </message>
    <message>
        <source>null (no data, length -1)</source>
        <translation>null（无数据，长度 -1）</translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation>空（0 字节）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>This node&apos;s data is null (no data, length -1), which is not the same as empty. Type to give it data, or use &quot;Set empty&quot;.</source>
        <translation>该节点的数据为 null（无数据，长度 -1），与空数据不同。输入内容即可为其赋值，或使用“设为空”。</translation>
    </message>
    <message>
        <source>This node&apos;s data is empty (0 bytes), which is not the same as null. Type to give it data, or use &quot;Set null&quot;.</source>
        <translation>该节点的数据为空（0 字节），与 null 不同。输入内容即可为其赋值，或使用“设为 null”。</translation>
    </message>
    <message>
        <source>A line of %1 characters is too long for the text editor (it would freeze the window while laying it out), so the data is shown as hex; it is editable here, byte for byte. &lt;a href=&quot;text&quot;&gt;Edit as text anyway&lt;/a&gt; (the window pauses at each change).</source>
        <translation>有一行长达 %1 个字符，对文本编辑器来说太长（排版时会卡住窗口），因此数据以十六进制显示；可以在这里逐字节编辑。&lt;a href=&quot;text&quot;&gt;仍然以文本编辑&lt;/a&gt;（每次修改窗口都会停顿）。</translation>
    </message>
    <message>
        <source>, read-only connection</source>
        <translation>，只读连接</translation>
    </message>
    <message>
        <source>, read-only in this mode</source>
        <translation>，此模式下只读</translation>
    </message>
    <message>
        <source>, modified</source>
        <translation>，已修改</translation>
    </message>
    <message>
        <source>⚠ %1 bytes: close to ZooKeeper&apos;s request limit of %2 bytes (1 MB, jute.maxbuffer). A save that exceeds it is refused.</source>
        <translation>⚠ %1 字节：接近 ZooKeeper 的请求上限 %2 字节（1 MB，jute.maxbuffer）。超过上限的保存会被拒绝。</translation>
    </message>
</context>
<context>
    <name>NodePanel</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Stat</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write the data to the node, if nobody changed it since it was loaded (Ctrl+S)</source>
        <translation>将数据写入节点（前提是加载后没有人修改过）（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>丢弃未保存的修改</translation>
    </message>
    <message>
        <source>no node selected</source>
        <translation>未选择节点</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>● unsaved changes</source>
        <translation>● 有未保存的修改</translation>
    </message>
    <message>
        <source>Select a node to see its Stat</source>
        <translation>选择一个节点以查看其 Stat</translation>
    </message>
    <message>
        <source>Data *</source>
        <translation>数据 *</translation>
    </message>
    <message>
        <source>Path*:</source>
        <translation>路径*：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Saved %1 (version %2)</source>
        <translation>已保存 %1（版本 %2）</translation>
    </message>
    <message>
        <source>Reloaded %1 from the server; your edit was discarded</source>
        <translation>已从服务器重新加载 %1；你的编辑已丢弃</translation>
    </message>
    <message>
        <source>%1 was not saved: it changed on the server</source>
        <translation>%1 未保存：它在服务器上已被修改</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The data of %1 was changed but not saved.</source>
        <translation>%1 的数据已修改但尚未保存。</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or stay on this node?</source>
        <translation>保存修改、丢弃修改，还是留在此节点？</translation>
    </message>
    <message>
        <source>%1 was changed by undo/redo; your unsaved edit is kept</source>
        <translation>%1 已通过撤销/重做修改；你未保存的编辑已保留</translation>
    </message>
    <message>
        <source>The node changed on the server at %1 (now version %2); your edit is kept, and saving will go through the conflict check.</source>
        <translation>该节点于 %1 在服务器上被修改（现为版本 %2）；你的编辑已保留，保存时会进行冲突检查。</translation>
    </message>
    <message>
        <source>Updated from the server at %1 (version %2).</source>
        <translation>已于 %1 从服务器更新（版本 %2）。</translation>
    </message>
    <message>
        <source>Deleted on the server at %1; your unsaved edit is kept (saving it would fail).</source>
        <translation>已于 %1 在服务器上被删除；你未保存的编辑已保留（保存将会失败）。</translation>
    </message>
    <message>
        <source>Deleted on the server at %1.</source>
        <translation>已于 %1 在服务器上被删除。</translation>
    </message>
    <message>
        <source>Deleted on the server at %1</source>
        <translation>已于 %1 在服务器上被删除</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>in %1 s (%2 nodes/s)</source>
        <translation>耗时 %1 秒（%2 个节点/秒）</translation>
    </message>
</context>
<context>
    <name>PathInputDialog</name>
    <message>
        <source>Enter a different %1</source>
        <translation>请输入不同的%1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>（重启后生效）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark use them whatever the desktop does</source>
        <translation>“跟随系统”使用桌面的配色；“浅色”和“深色”则不论桌面如何设置都使用对应配色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>编辑器字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Default data &amp;view:</source>
        <translation>默认数据视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Default &amp;charset:</source>
        <translation>默认字符集(&amp;C)：</translation>
    </message>
    <message>
        <source>Data editor</source>
        <translation>数据编辑器</translation>
    </message>
    <message>
        <source>Ask before deleting a single node</source>
        <translation>删除单个节点前询问</translation>
    </message>
    <message>
        <source>Deleting a subtree always shows how many nodes it removes and asks first</source>
        <translation>删除子树时总是先显示将删除多少个节点并询问</translation>
    </message>
    <message>
        <source>Ask again before overwriting someone else&apos;s change</source>
        <translation>覆盖他人的修改前再次询问</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 条事件</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>确认：</translation>
    </message>
    <message>
        <source>&amp;Watch log keeps:</source>
        <translation>监听日志保留(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Dashboard polls every:</source>
        <translation>仪表盘轮询间隔(&amp;D)：</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Refuse every write on this connection</source>
        <translation>拒绝此连接上的所有写操作</translation>
    </message>
    <message>
        <source>A production connection opens read-only until you unlock writes for the session.</source>
        <translation>生产环境连接以只读方式打开，直到你为本次会话解锁写操作。</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>标识颜色</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Session timeout:</source>
        <translation>会话超时：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>只读：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Start path:</source>
        <translation>起始路径：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Authentication (addauth after every connect)</source>
        <translation>认证（每次连接后执行 addauth）</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password / credential</source>
        <translation>密码 / 凭据</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Passwords go to the system keychain, never to a file.</source>
        <translation>密码保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>TLS and SASL</source>
        <translation>TLS 和 SASL</translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation>未更改（在密钥环中）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Another connection is called &quot;%1&quot;: pick another name.</source>
        <translation>已有名为“%1”的连接：请换一个名称。</translation>
    </message>
    <message>
        <source>Auth entry %1 needs its password or credential.</source>
        <translation>认证条目 %1 需要密码或凭据。</translation>
    </message>
    <message>
        <source>off (four-letter words only)</source>
        <translation>关闭（仅使用四字命令）</translation>
    </message>
    <message>
        <source>The HTTP port of the servers&apos; AdminServer (admin.serverPort, 8080 by default), read by the dashboard. 0 turns it off.</source>
        <translation>服务器 AdminServer 的 HTTP 端口（admin.serverPort，默认 8080），供仪表盘读取。0 表示关闭。</translation>
    </message>
    <message>
        <source>AdminServer port:</source>
        <translation>AdminServer 端口：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>连接字符串无效：%1</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>This is not a PrettyZoo configuration: it has no &quot;servers&quot; list.</source>
        <translation>这不是 PrettyZoo 配置：没有“servers”列表。</translation>
    </message>
    <message>
        <source>An entry of &quot;servers&quot; is not an object.</source>
        <translation>“servers”中有一项不是对象。</translation>
    </message>
    <message>
        <source>This is not a ZooInspector connection file: it has no &quot;hosts&quot;.</source>
        <translation>这不是 ZooInspector 连接文件：没有“hosts”。</translation>
    </message>
    <message>
        <source>This is not a zkdesk profile export.</source>
        <translation>这不是 zkdesk 连接配置导出文件。</translation>
    </message>
    <message>
        <source>This export is from a newer zkdesk (version %1); update zkdesk.</source>
        <translation>此导出文件来自更新版本的 zkdesk（版本 %1）；请升级 zkdesk。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an auth entry is not of the form scheme:credential.</source>
        <translation>“%1”：有一条认证条目不是 scheme:credential 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its SSH tunnel was not imported (zkdesk connects directly; open the tunnel yourself and point the profile at it).</source>
        <translation>“%1”：其 SSH 隧道没有导入（zkdesk 直接连接；请自行打开隧道，并让连接配置指向它）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown environment &quot;%2&quot;; set to none.</source>
        <translation>“%1”：未知环境“%2”；已设为无。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>ProfileLauncher</name>
    <message>
        <source>The original file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Saved connections: %1</source>
        <translation>已保存的连接：%1</translation>
    </message>
    <message>
        <source>No saved connection is called &quot;%1&quot; (File &gt; Connections… lists them).</source>
        <translation>没有名为“%1”的已保存连接（“文件 &gt; 连接管理…”中列出了所有连接）。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>The keychain has no password for %1. It is used for this session only.</source>
        <translation>密钥环中没有 %1 的密码。它只用于本次会话。</translation>
    </message>
    <message>
        <source>Connecting to %1 cancelled.</source>
        <translation>已取消连接 %1。</translation>
    </message>
    <message>
        <source>SASL user %1</source>
        <translation>SASL 用户 %1</translation>
    </message>
    <message>
        <source>the TLS client key %1</source>
        <translation>TLS 客户端私钥 %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 is damaged and could not be read; it was copied aside and a new list is started.</source>
        <translation>%1 已损坏，无法读取；已将其另存一份，并开始新的列表。</translation>
    </message>
    <message>
        <source>%1 was written by a newer zkdesk (schema %2, this version reads %3); it is left untouched and changes are not saved.</source>
        <translation>%1 由更新版本的 zkdesk 写入（格式 %2，本版本读取 %3）；它不会被改动，修改也不会保存。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; appears twice; the second was renamed.</source>
        <translation>连接配置“%1”出现了两次；第二个已重命名。</translation>
    </message>
    <message>
        <source>The profile file is from a newer zkdesk; it is not overwritten.</source>
        <translation>连接配置文件来自更新版本的 zkdesk；不会覆盖它。</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable.</source>
        <translation>无法写入 %1：请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already: pick another name.</source>
        <translation>名为“%1”的连接已存在：请换一个名称。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Entry %1 has no name and was skipped.</source>
        <translation>条目 %1 没有名称，已跳过。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 is not a number; the default is used.</source>
        <translation>连接配置“%1”：%2 不是数字；已使用默认值。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown environment &quot;%2&quot;; set to none.</source>
        <translation>连接配置“%1”：未知环境“%2”；已设为无。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>save of %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>QuotaCommands</name>
    <message>
        <source>give exactly one of -n, -b, -N, -B</source>
        <translation>give exactly one of -n, -b, -N, -B</translation>
    </message>
    <message>
        <source>NumberFormatException happens when parsing the option value</source>
        <translation>NumberFormatException happens when parsing the option value</translation>
    </message>
    <message>
        <source>give at most one of -n, -b, -N, -B</source>
        <translation>give at most one of -n, -b, -N, -B</translation>
    </message>
    <message>
        <source>absolute path is %1</source>
        <translation>absolute path is %1</translation>
    </message>
    <message>
        <source>quota for %1 does not exist.</source>
        <translation>quota for %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>QuotaDock</name>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Soft limit, nodes (-n):</source>
        <translation>软限制，节点数（-n）：</translation>
    </message>
    <message>
        <source>Soft limit, bytes (-b):</source>
        <translation>软限制，字节数（-b）：</translation>
    </message>
    <message>
        <source>Hard limit, nodes (-N):</source>
        <translation>硬限制，节点数（-N）：</translation>
    </message>
    <message>
        <source>Hard limit, bytes (-B):</source>
        <translation>硬限制，字节数（-B）：</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Remove quota</source>
        <translation>移除配额</translation>
    </message>
    <message>
        <source>Soft limits only log a warning on the server. Hard limits refuse writes (&quot;Quota has exceeded&quot;, ZQUOTAEXCEEDED) when the server runs with zookeeper.enforceQuota=true. A quota cannot sit above or below another one.</source>
        <translation>软限制只会在服务器上记录警告。当服务器以 zookeeper.enforceQuota=true 运行时，硬限制会拒绝写入（“Quota has exceeded”，ZQUOTAEXCEEDED）。配额不能位于另一个配额的上级或下级。</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>未选择节点</translation>
    </message>
    <message>
        <source>Used: %1 nodes, %2 bytes (the server&apos;s count, this subtree)</source>
        <translation>已用：%1 个节点，%2 字节（服务器统计，此子树）</translation>
    </message>
    <message>
        <source>Within its quota.</source>
        <translation>在配额之内。</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <translation>超出：%1</translation>
    </message>
    <message>
        <source>No quota of its own; it counts towards the quota of %1.</source>
        <translation>自身没有配额；计入 %1 的配额。</translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation>没有配额。</translation>
    </message>
</context>
<context>
    <name>QuotaEditor</name>
    <message>
        <source>cannot set a quota under the path: %1</source>
        <translation>cannot set a quota under the path: %1</translation>
    </message>
    <message>
        <source>cannot set a quota on the root node</source>
        <translation>不能在根节点上设置配额</translation>
    </message>
    <message>
        <source>the num quota must be greater than zero</source>
        <translation>the num quota must be greater than zero</translation>
    </message>
    <message>
        <source>the bytes quota must be greater than or equal to zero</source>
        <translation>the bytes quota must be greater than or equal to zero</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 has a parent %2 which has a quota</source>
        <translation>%1 has a parent %2 which has a quota</translation>
    </message>
    <message>
        <source>%1 has a child %2 which has a quota</source>
        <translation>%1 has a child %2 which has a quota</translation>
    </message>
    <message>
        <source>[Warning]: the count quota you create is less than the existing count: %1</source>
        <translation>[Warning]: the count quota you create is less than the existing count: %1</translation>
    </message>
    <message>
        <source>[Warning]: the bytes quota you create is less than the existing bytes: %1</source>
        <translation>[Warning]: the bytes quota you create is less than the existing bytes: %1</translation>
    </message>
    <message>
        <source>Quota does not exist for %1</source>
        <translation>Quota does not exist for %1</translation>
    </message>
</context>
<context>
    <name>QuotaMarker</name>
    <message>
        <source>Over its quota: %1</source>
        <translation>超出配额：%1</translation>
    </message>
</context>
<context>
    <name>RecursiveAclJob</name>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>this session cannot read %1</source>
        <translation>本会话无法读取 %1</translation>
    </message>
    <message>
        <source>preview first</source>
        <translation>请先预览</translation>
    </message>
    <message>
        <source>this connection is read-only: ACLs cannot be changed</source>
        <translation>此连接是只读的：不能修改 ACL</translation>
    </message>
    <message>
        <source>refused: this session lacks ADMIN on it</source>
        <translation>被拒绝：本会话在其上没有 ADMIN 权限</translation>
    </message>
    <message>
        <source>its ACL was changed by someone else since the preview; not overwritten</source>
        <translation>预览之后其 ACL 已被他人修改；未覆盖</translation>
    </message>
</context>
<context>
    <name>RecursiveDeleteJob</name>
    <message>
        <source>kept: a node below it was not deleted</source>
        <translation>已保留：其下有节点未被删除</translation>
    </message>
    <message>
        <source>nothing to delete: count the subtree first</source>
        <translation>没有要删除的内容：请先统计子树</translation>
    </message>
    <message>
        <source>not empty: a child was added after the subtree was counted</source>
        <translation>非空：统计子树之后又添加了子节点</translation>
    </message>
    <message>
        <source>changed after the subtree was counted (version check failed)</source>
        <translation>统计子树之后已被修改（版本检查失败）</translation>
    </message>
    <message>
        <source>%1: the outcome of %2 in-flight deletes is unknown</source>
        <translation>%1：%2 个在途删除操作的结果未知</translation>
    </message>
</context>
<context>
    <name>SaveHistory</name>
    <message>
        <source>&amp;Undo Save</source>
        <translation>撤销保存(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo Save</source>
        <translation>重做保存(&amp;R)</translation>
    </message>
    <message>
        <source>Undid the save of %1</source>
        <translation>已撤销对 %1 的保存</translation>
    </message>
    <message>
        <source>Redid the save of %1</source>
        <translation>已重做对 %1 的保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchMatcher</name>
    <message>
        <source>the %1 pattern is empty</source>
        <translation>%1模式为空</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>通配符</translation>
    </message>
    <message>
        <source>nothing to search for: give a name/path pattern or a data pattern</source>
        <translation>没有搜索内容：请提供名称/路径模式或数据模式</translation>
    </message>
    <message>
        <source>a byte pattern searches data, not names</source>
        <translation>字节模式用于搜索数据，而不是名称</translation>
    </message>
    <message>
        <source>wildcards search names and paths, not data</source>
        <translation>通配符用于搜索名称和路径，而不是数据</translation>
    </message>
    <message>
        <source>invalid byte pattern &quot;%1&quot;: give whole bytes in hex, e.g. &quot;de ad be ef&quot;</source>
        <translation>无效的字节模式“%1”：请用十六进制给出完整字节，例如“de ad be ef”</translation>
    </message>
    <message>
        <source>unsupported text encoding</source>
        <translation>不支持的文本编码</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>The subtree searched (the node itself included)</source>
        <translation>要搜索的子树（包括该节点本身）</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>使用所选节点</translation>
    </message>
    <message>
        <source>Search below the node selected in the tree</source>
        <translation>在树中所选节点下搜索</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <source>Name wildcard</source>
        <translation>名称通配符</translation>
    </message>
    <message>
        <source>Name regex</source>
        <translation>名称正则</translation>
    </message>
    <message>
        <source>e.g. broker, topic-*, ^lock-\d+$ (empty: any name)</source>
        <translation>例如 broker、topic-*、^lock-\d+$（留空：任意名称）</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>完整路径</translation>
    </message>
    <message>
        <source>Match the pattern against the whole path instead of the name</source>
        <translation>用模式匹配整个路径而不是名称</translation>
    </message>
    <message>
        <source>Data contains</source>
        <translation>数据包含</translation>
    </message>
    <message>
        <source>Data regex</source>
        <translation>数据正则</translation>
    </message>
    <message>
        <source>Data hex bytes</source>
        <translation>数据十六进制字节</translation>
    </message>
    <message>
        <source>text, regex or hex bytes like &quot;de ad be ef&quot; (empty: any data)</source>
        <translation>文本、正则或十六进制字节，如“de ad be ef”（留空：任意数据）</translation>
    </message>
    <message>
        <source>How node data is decoded before text matching</source>
        <translation>文本匹配前如何解码节点数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a name or a data pattern.</source>
        <translation>请输入名称或数据模式。</translation>
    </message>
    <message>
        <source>The search root must be an absolute path such as /brokers.</source>
        <translation>搜索根必须是绝对路径，例如 /brokers。</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>正在搜索 %1…</translation>
    </message>
    <message>
        <source>%1 found · %2 nodes scanned · %3 nodes/s…</source>
        <translation>找到 %1 个 · 已扫描 %2 个节点 · %3 个节点/秒…</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 个结果</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source> · %1 nodes scanned in %2 (%3 nodes/s)</source>
        <translation> · 用时 %2 扫描了 %1 个节点（%3 个节点/秒）</translation>
    </message>
    <message>
        <source> · %1 deleted meanwhile</source>
        <translation> · %1 个在此期间被删除</translation>
    </message>
    <message>
        <source> · %1 not readable (no permission)</source>
        <translation> · %1 个不可读（没有权限）</translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation> · 已取消</translation>
    </message>
    <message>
        <source>The search stopped early: %1</source>
        <translation>搜索提前停止：%1</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only and asked for again next time.</source>
        <translation>没有可用的系统密钥环（%1）。密码只在本次会话中保存在内存里，下次会再次询问。</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>密钥环拒绝保存密码：%1</translation>
    </message>
    <message>
        <source>The keychain refused to give the secret: %1</source>
        <translation>密钥环拒绝提供密码：%1</translation>
    </message>
    <message>
        <source>The keychain refused to delete the secret: %1</source>
        <translation>密钥环拒绝删除密码：%1</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsBox</name>
    <message>
        <source>TLS and SASL</source>
        <translation>TLS 和 SASL</translation>
    </message>
    <message>
        <source>Use TLS or SASL, not both: the ZooKeeper 3.8 C client cannot run SASL over TLS (ZOOKEEPER-3482).</source>
        <translation>使用 TLS 或 SASL，不能同时使用：ZooKeeper 3.8 C 客户端无法在 TLS 上运行 SASL（ZOOKEEPER-3482）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Encrypt with TLS</source>
        <translation>使用 TLS 加密</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA 证书包：</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>私钥密码：</translation>
    </message>
    <message>
        <source>SHA-256 of a self-signed server certificate (optional)</source>
        <translation>自签名服务器证书的 SHA-256（可选）</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>固定证书：</translation>
    </message>
    <message>
        <source>Check server certificate…</source>
        <translation>检查服务器证书…</translation>
    </message>
    <message>
        <source>No SASL</source>
        <translation>不使用 SASL</translation>
    </message>
    <message>
        <source>DIGEST-MD5 (user and password)</source>
        <translation>DIGEST-MD5（用户名和密码）</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI, your kinit ticket)</source>
        <translation>Kerberos（GSSAPI，使用 kinit 获得的票据）</translation>
    </message>
    <message>
        <source>SASL:</source>
        <translation>SASL：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>the ticket&apos;s own realm</source>
        <translation>票据自身的领域</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>服务名：</translation>
    </message>
    <message>
        <source>Server host name:</source>
        <translation>服务器主机名：</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Check ticket</source>
        <translation>检查票据</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>票据：</translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation>未更改（在密钥环中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>the first server&apos;s name</source>
        <translation>第一个服务器的名称</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs the password of %1.</source>
        <translation>SASL DIGEST-MD5 需要 %1 的密码。</translation>
    </message>
    <message>
        <source>Looking at the ticket cache…</source>
        <translation>正在查看票据缓存…</translation>
    </message>
    <message>
        <source>%1, valid until %2; the KDC issued %3.</source>
        <translation>%1，有效期至 %2；KDC 已签发 %3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>follower</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>standalone</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>未提供服务</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>This session is connected to this server.</source>
        <translation>本会话连接的就是这台服务器。</translation>
    </message>
    <message>
        <source>Not in the connection string: a member of the dynamic configuration (/zookeeper/config).</source>
        <translation>不在连接串中：是动态配置（/zookeeper/config）中的成员。</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <source>The server is up but not serving requests (no quorum, or still starting).</source>
        <translation>服务器在运行，但未处理请求（没有达到法定人数，或仍在启动）。</translation>
    </message>
    <message>
        <source>Figures from the AdminServer (port %1).</source>
        <translation>指标来自 AdminServer（端口 %1）。</translation>
    </message>
    <message>
        <source>Figures from the four-letter words.</source>
        <translation>指标来自四字命令。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Zxid</source>
        <translation>Zxid</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>Latency min/avg/max (ms)</source>
        <translation>延迟 最小/平均/最大（毫秒）</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>待处理请求</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Znodes</source>
        <translation>Znode 数</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watch 数</translation>
    </message>
    <message>
        <source>Ephemerals</source>
        <translation>临时节点数</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>数据大小</translation>
    </message>
    <message>
        <source>Open FDs</source>
        <translation>打开的文件描述符</translation>
    </message>
    <message>
        <source>Synced followers</source>
        <translation>已同步的 Follower</translation>
    </message>
    <message>
        <source>Pending syncs</source>
        <translation>待同步</translation>
    </message>
</context>
<context>
    <name>SessionNotices</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop trying to connect</source>
        <translation>停止尝试连接</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Authentication failed: the server refused this client&apos;s credentials and closed the session. Check the user and password, then connect again.</source>
        <translation>认证失败：服务器拒绝了此客户端的凭据并关闭了会话。请检查用户名和密码，然后重新连接。</translation>
    </message>
    <message>
        <source>The session %1 expired at %2; opening a new session… Ephemeral nodes created by the old session are gone.</source>
        <translation>会话 %1 已于 %2 过期；正在打开新会话…… 旧会话创建的临时节点已经消失。</translation>
    </message>
    <message>
        <source>The session %1 expired at %2. Ephemeral nodes created by it are gone. Connect again to open a new session.</source>
        <translation>会话 %1 已于 %2 过期。它创建的临时节点已经消失。请重新连接以打开新会话。</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>已丢失：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>The session %1 expired at %2; a new session %3 was opened. Ephemeral nodes created by the old session are gone.</source>
        <translation>会话 %1 已于 %2 过期；已打开新会话 %3。旧会话创建的临时节点已经消失。</translation>
    </message>
    <message>
        <source>Connected to %1 in a new session %2</source>
        <translation>已在新会话 %2 中连接到 %1</translation>
    </message>
    <message>
        <source>Authentication failed for %1: %2</source>
        <translation>%1 认证失败：%2</translation>
    </message>
    <message>
        <source>reconnecting for %1 s (the tree shows the last known state)</source>
        <translation>正在重连，已 %1 秒（树中显示的是最后已知的状态）</translation>
    </message>
    <message>
        <source>no server answered; retrying in %1 s</source>
        <translation>没有服务器响应；%1 秒后重试</translation>
    </message>
    <message>
        <source>no server answered; trying again…</source>
        <translation>没有服务器响应；正在重试…</translation>
    </message>
    <message>
        <source>Could not connect: %1.</source>
        <translation>无法连接：%1。</translation>
    </message>
    <message>
        <source>No server answered at %1.</source>
        <translation>%1 上没有服务器响应。</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>%1 秒后重试。</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>会话已过期</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connected (read-only server)</source>
        <translation>已连接（只读服务器）</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>会话已过期</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SourceDataFetcher</name>
    <message>
        <source>the source is not connected: its value cannot be read again</source>
        <translation>源端未连接：无法再次读取其值</translation>
    </message>
    <message>
        <source>removed from the source since the compare</source>
        <translation>比较之后已从源端删除</translation>
    </message>
    <message>
        <source>changed on the source since the compare: compare again</source>
        <translation>比较之后源端已更改：请重新比较</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>zkdesk</source>
        <translation>zkdesk</translation>
    </message>
    <message>
        <source>Open a saved connection, connect to a new cluster, or try a local sandbox.</source>
        <translation>打开已保存的连接、连接新的集群，或试用本地沙箱。</translation>
    </message>
    <message>
        <source>Saved connections (double-click or Enter connects)</source>
        <translation>已保存的连接（双击或按回车连接）</translation>
    </message>
    <message>
        <source>No saved connections yet: &quot;Connections…&quot; adds or imports them.</source>
        <translation>还没有已保存的连接：用“连接管理…”添加或导入。</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>连接管理…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>试用沙箱</translation>
    </message>
    <message>
        <source>Starts a local ZooKeeper server with demo data (needs the zookeeper package and Java).</source>
        <translation>启动一个带演示数据的本地 ZooKeeper 服务器（需要 zookeeper 软件包和 Java）。</translation>
    </message>
</context>
<context>
    <name>StatFormat</name>
    <message>
        <source>%1
decimal %2 (epoch %3, counter %4)</source>
        <translation>%1
十进制 %2（epoch %3，计数器 %4）</translation>
    </message>
    <message>
        <source>%1
%2 ms since the epoch
%3</source>
        <translation>%1
自 epoch 起 %2 毫秒
%3</translation>
    </message>
    <message>
        <source>not set (0)</source>
        <translation>未设置（0）</translation>
    </message>
    <message>
        <source>none (persistent)</source>
        <translation>无（持久节点）</translation>
    </message>
    <message>
        <source>ephemeralOwner
0: the node is persistent (not owned by a session)</source>
        <translation>ephemeralOwner
0：该节点是持久节点（不属于任何会话）</translation>
    </message>
    <message>
        <source>ephemeralOwner
session id %1 (decimal %2): the node is deleted when this session ends</source>
        <translation>ephemeralOwner
会话 id %1（十进制 %2）：该会话结束时节点会被删除</translation>
    </message>
    <message>
        <source>cZxid: transaction that created the node</source>
        <translation>cZxid：创建该节点的事务</translation>
    </message>
    <message>
        <source>ctime: when the node was created</source>
        <translation>ctime：节点的创建时间</translation>
    </message>
    <message>
        <source>mZxid: transaction that last changed the data</source>
        <translation>mZxid：最后一次修改数据的事务</translation>
    </message>
    <message>
        <source>mtime: when the data was last changed</source>
        <translation>mtime：数据最后一次修改的时间</translation>
    </message>
    <message>
        <source>pZxid: transaction that last added or removed a child</source>
        <translation>pZxid：最后一次添加或删除子节点的事务</translation>
    </message>
    <message>
        <source>cversion: number of changes to the children (also the next sequential suffix)</source>
        <translation>cversion：子节点的变更次数（也是下一个顺序节点的后缀）</translation>
    </message>
    <message>
        <source>dataVersion: number of changes to the data; the expected version for a conditional set or delete</source>
        <translation>dataVersion：数据的变更次数；条件设置或删除时期望的版本</translation>
    </message>
    <message>
        <source>aclVersion: number of changes to the ACL</source>
        <translation>aclVersion：ACL 的变更次数</translation>
    </message>
    <message>
        <source>dataLength: size of the data in bytes (0 also for null data)</source>
        <translation>dataLength：数据的字节数（null 数据也为 0）</translation>
    </message>
    <message>
        <source>numChildren: number of children</source>
        <translation>numChildren：子节点数量</translation>
    </message>
</context>
<context>
    <name>StatView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Select a node to see its Stat</source>
        <translation>选择一个节点以查看其 Stat</translation>
    </message>
</context>
<context>
    <name>SubtreeCommands</name>
    <message numerus="yes">
        <source>computed on the client (the 3.8 C client has no getEphemerals): the ephemeral nodes of session %1 among %n readable node(s)</source>
        <translation>
            <numerusform>在客户端计算（3.8 版 C 客户端没有 getEphemerals）：在 %n 个可读节点中属于会话 %1 的临时节点</numerusform>
        </translation>
    </message>
    <message>
        <source>computed on the client (the 3.8 C client has no getAllChildrenNumber): a crawl of the readable subtree</source>
        <translation>在客户端计算（3.8 版 C 客户端没有 getAllChildrenNumber）：遍历可读的子树</translation>
    </message>
    <message>
        <source>%1 cannot be deleted (it holds the server&apos;s own nodes)</source>
        <translation>%1 不能删除（其中有服务器自身的节点）</translation>
    </message>
    <message>
        <source>batch size must be a positive number</source>
        <translation>批大小必须是正数</translation>
    </message>
    <message>
        <source>deleteall %1: %2 node(s) deleted, %3 remain</source>
        <translation>deleteall %1：已删除 %2 个节点，剩余 %3 个</translation>
    </message>
    <message>
        <source>Insufficient permission : %1 (not readable, left unchanged)</source>
        <translation>Insufficient permission : %1（不可读，保持不变）</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) could not be read (no READ permission) and are left out, with what is below them</source>
        <translation>
            <numerusform>有 %n 个节点无法读取（没有 READ 权限），它们及其下的内容都被略过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubtreeCopyJob</name>
    <message>
        <source>not created: its parent was not created</source>
        <translation>未创建：其父节点未被创建</translation>
    </message>
    <message>
        <source>invalid path &quot;%1&quot;: %2</source>
        <translation>无效路径“%1”：%2</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>cannot %1 the root node &quot;/&quot;</source>
        <translation>不能%1根节点“/”</translation>
    </message>
    <message>
        <source>cannot %1 %2 onto itself</source>
        <translation>不能将 %2 %1到它自身</translation>
    </message>
    <message>
        <source>cannot %1 %2 into its own descendant %3</source>
        <translation>不能将 %2 %1到它自己的子孙节点 %3</translation>
    </message>
    <message>
        <source>the destination %1 already exists</source>
        <translation>目标 %1 已存在</translation>
    </message>
    <message>
        <source>the destination&apos;s parent %1 does not exist</source>
        <translation>目标的父节点 %1 不存在</translation>
    </message>
    <message>
        <source>the destination&apos;s parent %1 is ephemeral: it cannot have children</source>
        <translation>目标的父节点 %1 是临时节点：不能有子节点</translation>
    </message>
    <message>
        <source>the source %1 does not exist</source>
        <translation>源节点 %1 不存在</translation>
    </message>
    <message>
        <source>not copied: the server hides the digest passwords of %1&apos;s ACL from this session (no ADMIN permission)</source>
        <translation>未复制：服务器对本会话隐藏了 %1 的 ACL 中的 digest 密码（没有 ADMIN 权限）</translation>
    </message>
    <message>
        <source>%1: the outcome of %2 in-flight creates is unknown</source>
        <translation>%1：%2 个在途创建操作的结果未知</translation>
    </message>
    <message>
        <source>created with a temporary ACL (world: create, admin); setting its real ACL failed: %1</source>
        <translation>已用临时 ACL（world：create、admin）创建；设置其真实 ACL 失败：%1</translation>
    </message>
</context>
<context>
    <name>SubtreeCrawler</name>
    <message>
        <source>invalid path &quot;%1&quot;: %2</source>
        <translation>无效路径“%1”：%2</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
</context>
<context>
    <name>SubtreeSearch</name>
    <message>
        <source>invalid search root &quot;%1&quot;: %2</source>
        <translation>无效的搜索根“%1”：%2</translation>
    </message>
</context>
<context>
    <name>SubtreeWatcher</name>
    <message>
        <source>watch cap of %1 nodes reached: %2 and further nodes of %3 are not watched</source>
        <translation>已达到 %1 个节点的监听上限：%2 以及 %3 中的后续节点不会被监听</translation>
    </message>
</context>
<context>
    <name>SyncApplyJob</name>
    <message>
        <source>not written: its parent was not created</source>
        <translation>未写入：其父节点未被创建</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <source>this connection is read-only: nothing was written</source>
        <translation>此连接是只读的：没有写入任何内容</translation>
    </message>
    <message>
        <source>%1 differs on both sides and the mode is &quot;stop at the first conflict&quot;: nothing was written</source>
        <translation>%1 在两侧不同，而模式为“遇到第一个冲突时停止”：没有写入任何内容</translation>
    </message>
    <message>
        <source>created with a temporary ACL (world: create, admin); setting its real ACL failed: %1</source>
        <translation>已用临时 ACL（world：create、admin）创建；设置其真实 ACL 失败：%1</translation>
    </message>
    <message>
        <source>not written: the server hides the digest passwords of the source&apos;s ACL from this session (no ADMIN permission)</source>
        <translation>未写入：服务器对本会话隐藏了源端 ACL 中的 digest 密码（没有 ADMIN 权限）</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update data</source>
        <translation>更新数据</translation>
    </message>
    <message>
        <source>set ACL</source>
        <translation>设置 ACL</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>skip (differs)</source>
        <translation>跳过（有差异）</translation>
    </message>
    <message>
        <source>kind differs: not changed</source>
        <translation>类型不同：不修改</translation>
    </message>
</context>
<context>
    <name>TextEditorPane</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>E&amp;xport subtree…</source>
        <translation>导出子树(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>zkdesk export (*.json.gz *.json)</source>
        <translation>zkdesk 导出文件 (*.json.gz *.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported %1 nodes to %2 in %3 ms.</source>
        <translation>已在 %3 毫秒内将 %1 个节点导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：没有写入文件。</translation>
    </message>
    <message>
        <source>Export failed: %1. No file was written.</source>
        <translation>导出失败：%1。没有写入文件。</translation>
    </message>
    <message>
        <source>
%1 ephemeral nodes were listed, not exported.</source>
        <translation>
列出了 %1 个临时节点，但未导出。</translation>
    </message>
    <message>
        <source>
%1 nodes could not be read (not authorised).</source>
        <translation>
有 %1 个节点无法读取（未授权）。</translation>
    </message>
    <message>
        <source>Copy to Co&amp;nnection…</source>
        <translation>复制到连接(&amp;N)…</translation>
    </message>
    <message>
        <source>Move to Connec&amp;tion…</source>
        <translation>移动到连接(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Insufficient permission : %1 (not readable, not exported)</source>
        <translation>Insufficient permission : %1（不可读，未导出）</translation>
    </message>
    <message>
        <source>exported %1 node(s) of %2 to %3 in %4 ms</source>
        <translation>已将 %2 的 %1 个节点导出到 %3，用时 %4 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n ephemeral node(s) listed in the file, not exported</source>
        <translation>
            <numerusform>文件中列出了 %n 个临时节点，未导出</numerusform>
        </translation>
    </message>
    <message>
        <source>mode must be skip, overwrite or stop</source>
        <translation>mode 必须是 skip、overwrite 或 stop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>imported below %1: %2 created, %3 data updated, %4 ACL(s) set; %5 failed, %6 not attempted</source>
        <translation>已导入到 %1 下：创建 %2 个，更新数据 %3 个，设置 ACL %4 个；失败 %5 个，未尝试 %6 个</translation>
    </message>
    <message>
        <source>dry run: %1 create(s), %2 data update(s), %3 ACL change(s), %4 skipped, %5 identical, %6 kind conflict(s)</source>
        <translation>试运行：创建 %1 个，更新数据 %2 个，更改 ACL %3 个，跳过 %4 个，相同 %5 个，类型冲突 %6 个</translation>
    </message>
</context>
<context>
    <name>TransferFile</name>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>this is not a zkdesk, ZooNavigator or zk_shell export</source>
        <translation>这不是 zkdesk、ZooNavigator 或 zk_shell 的导出文件</translation>
    </message>
    <message>
        <source>the file has no nodes</source>
        <translation>文件中没有节点</translation>
    </message>
    <message>
        <source>zkdesk export</source>
        <translation>zkdesk 导出文件</translation>
    </message>
    <message>
        <source>ZooNavigator export</source>
        <translation>ZooNavigator 导出文件</translation>
    </message>
    <message>
        <source>zk_shell export</source>
        <translation>zk_shell 导出文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>invalid path &quot;%1&quot;: %2</source>
        <translation>无效路径“%1”：%2</translation>
    </message>
    <message>
        <source>the path %1 appears twice</source>
        <translation>路径 %1 出现了两次</translation>
    </message>
    <message>
        <source>the data of %1 is %2 bytes: over the server&apos;s 1 MB request limit</source>
        <translation>%1 的数据有 %2 字节：超过了服务器 1 MB 的请求上限</translation>
    </message>
    <message>
        <source>the data is not a base64 string</source>
        <translation>数据不是 base64 字符串</translation>
    </message>
    <message>
        <source>the data is not valid base64</source>
        <translation>数据不是有效的 base64</translation>
    </message>
    <message>
        <source>unknown permission &quot;%1&quot;</source>
        <translation>未知权限“%1”</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <source>ACL permissions %1 are not a number from 0 to 31</source>
        <translation>ACL 权限 %1 不是 0 到 31 之间的数字</translation>
    </message>
    <message>
        <source>the file is zkdesk export version %1; this zkdesk reads version %2</source>
        <translation>该文件是 zkdesk 导出格式版本 %1；此 zkdesk 读取版本 %2</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>第 1 行：%1</translation>
    </message>
    <message>
        <source>line %1: text after the end of the document</source>
        <translation>第 %1 行：文档结束后还有文本</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside the node list: it is incomplete (truncated?)</source>
        <translation>文件在第 %1 行的节点列表中结束：内容不完整（被截断？）</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>第 %1 列不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a node must be a JSON object</source>
        <translation>节点必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 comes before its parent (zkdesk files list parents first)</source>
        <translation>%1 出现在其父节点之前（zkdesk 文件先列出父节点）</translation>
    </message>
    <message>
        <source>line %1: the end of the node list is not followed by a summary</source>
        <translation>第 %1 行：节点列表结束后没有汇总</translation>
    </message>
    <message>
        <source>the file changed since it was read</source>
        <translation>文件在读取之后已被修改</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>TransferFlow</name>
    <message>
        <source>Counting the nodes below %1… %2 so far</source>
        <translation>正在统计 %1 下的节点…… 目前 %2 个</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename node</source>
        <translation>重命名节点</translation>
    </message>
    <message>
        <source>New name for %1 (it stays in %2):</source>
        <translation>%1 的新名称（仍位于 %2 下）：</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>复制到</translation>
    </message>
    <message>
        <source>Copy %1 and everything below it to the new path:</source>
        <translation>将 %1 及其下的所有内容复制到新路径：</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>Move %1 and everything below it to the new path:</source>
        <translation>将 %1 及其下的所有内容移动到新路径：</translation>
    </message>
    <message>
        <source>Counting the nodes below %1…</source>
        <translation>正在统计 %1 下的节点…</translation>
    </message>
    <message>
        <source>%1 cancelled: nothing was changed.</source>
        <translation>%1已取消：没有做任何修改。</translation>
    </message>
    <message>
        <source>Could not count the nodes below %1: %2</source>
        <translation>无法统计 %1 下的节点：%2</translation>
    </message>
    <message>
        <source>%1 will be copied with their data and ACLs.</source>
        <translation>将连同数据和 ACL 复制 %1。</translation>
    </message>
    <message>
        <source>%1 is a copy followed by a delete: %2 will be copied with their data and ACLs, then deleted at %3.</source>
        <translation>%1是先复制再删除：将连同数据和 ACL 复制 %2，然后从 %3 删除。</translation>
    </message>
    <message>
        <source>%1 ephemeral are skipped (they belong to a session).</source>
        <translation>跳过 %1 个临时节点（它们属于某个会话）。</translation>
    </message>
    <message>
        <source>%1 ephemeral are skipped: they stay at the old path, and so do their parents.</source>
        <translation>跳过 %1 个临时节点：它们及其父节点都留在原路径。</translation>
    </message>
    <message>
        <source>%1 could not be read (no permission) and are not copied.</source>
        <translation>%1 无法读取（没有权限），不会被复制。</translation>
    </message>
    <message>
        <source>Containers and TTL nodes become persistent nodes.</source>
        <translation>容器节点和 TTL 节点会变成持久节点。</translation>
    </message>
    <message>
        <source>A node someone else changes meanwhile is kept, and reported.</source>
        <translation>在此期间被他人修改的节点会保留，并在报告中列出。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Creating the copy…</source>
        <translation>正在创建副本…</translation>
    </message>
    <message>
        <source>Setting the final ACLs…</source>
        <translation>正在设置最终 ACL…</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Moved %1 to %2: %3 %4.</source>
        <translation>已将 %1 移动到 %2：%3 %4。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 %4.</source>
        <translation>已将 %1 复制到 %2：%3 %4。</translation>
    </message>
    <message>
        <source>Copied %1 to %2, but the original was not removed completely.</source>
        <translation>已将 %1 复制到 %2，但原节点未被完全删除。</translation>
    </message>
    <message>
        <source>%1 stopped: %2 of %3 created at %4.</source>
        <translation>%1已停止：在 %4 下已创建 %2 / %3 个。</translation>
    </message>
    <message>
        <source>Ephemeral nodes skipped: %1 (still at the old path)</source>
        <translation>跳过的临时节点：%1（仍在原路径）</translation>
    </message>
    <message>
        <source>Ephemeral nodes skipped: %1</source>
        <translation>跳过的临时节点：%1</translation>
    </message>
    <message>
        <source>Not readable, not copied: %1</source>
        <translation>不可读，未复制：%1</translation>
    </message>
    <message>
        <source> (see the details)</source>
        <translation>（详见详细信息）</translation>
    </message>
    <message>
        <source>Left with a temporary ACL: %1</source>
        <translation>仍为临时 ACL：%1</translation>
    </message>
    <message>
        <source>The incomplete copy at %1 was left in place.</source>
        <translation>位于 %1 的不完整副本保留原处。</translation>
    </message>
    <message>
        <source>The original at %1 was not touched.</source>
        <translation>位于 %1 的原节点未被改动。</translation>
    </message>
    <message>
        <source>Of the original: %1 deleted, %2 kept (ephemeral, changed meanwhile or refused).</source>
        <translation>原节点中：已删除 %1，保留 %2（临时节点、期间被修改或被拒绝）。</translation>
    </message>
    <message>
        <source>%1 — not deleted: %2</source>
        <translation>%1 — 未删除：%2</translation>
    </message>
    <message>
        <source>%1 — ephemeral, skipped</source>
        <translation>%1 — 临时节点，已跳过</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1完成</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1未完成</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <source>&amp;Create node…</source>
        <translation>创建节点(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Cop&amp;y to…</source>
        <translation>复制到(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>Read-only connection</source>
        <translation>只读连接</translation>
    </message>
    <message>
        <source>The connection is read-only or not connected.</source>
        <translation>连接是只读的或尚未连接。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Created %1 and its parents %2</source>
        <translation>已创建 %1 及其父节点 %2</translation>
    </message>
</context>
<context>
    <name>TreeComparison</name>
    <message>
        <source>left side: %1</source>
        <translation>左侧：%1</translation>
    </message>
    <message>
        <source>right side: %1</source>
        <translation>右侧：%1</translation>
    </message>
</context>
<context>
    <name>TreeFilterBar</name>
    <message>
        <source>Filter loaded nodes by name (Ctrl+Alt+F, Esc clears)</source>
        <translation>按名称筛选已加载的节点（Ctrl+Alt+F，Esc 清除）</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>筛选树</translation>
    </message>
    <message>
        <source>no loaded node matches; Search (Ctrl+Shift+F) looks at the whole tree</source>
        <translation>没有匹配的已加载节点；搜索（Ctrl+Shift+F）会查找整棵树</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
    <message>
        <source>Only loaded nodes are filtered; collapsed parents that were never opened are not loaded for it.</source>
        <translation>只筛选已加载的节点；从未展开过的折叠父节点不会因此被加载。</translation>
    </message>
</context>
<context>
    <name>ValueDiffDialog</name>
    <message>
        <source>%1 — changed at %2</source>
        <translation>%1 — 修改于 %2</translation>
    </message>
    <message>
        <source>not known: the data was not loaded before the change</source>
        <translation>未知：修改前数据没有被加载</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>The values were dropped to keep the log&apos;s memory bounded.</source>
        <translation>为限制日志的内存占用，这些值已被丢弃。</translation>
    </message>
    <message>
        <source>The values were cut at the log&apos;s per-event limit.</source>
        <translation>这些值已按日志的单条事件上限截断。</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Path…</source>
        <translation>转到路径(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
        <source>Tree &amp;Columns</source>
        <translation>树的列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>没有打开的连接</translation>
    </message>
</context>
<context>
    <name>WatchLogDock</name>
    <message>
        <source>Watch log</source>
        <translation>监听日志</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold new events back (they are still recorded) so the rows stand still</source>
        <translation>暂不显示新事件（仍会记录），让表格保持不动</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Unwatch subtrees</source>
        <translation>取消监听子树</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Filter by path prefix</source>
        <translation>按路径前缀筛选</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>watching %1 nodes of this subtree (cap reached)</source>
        <translation>正在监听此子树的 %1 个节点（已达上限）</translation>
    </message>
    <message>
        <source>watching this subtree: %1 nodes</source>
        <translation>正在监听此子树：%1 个节点</translation>
    </message>
    <message>
        <source>Filter by path regex</source>
        <translation>按路径正则筛选</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 条事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 条事件</translation>
    </message>
    <message>
        <source>, %1 shown</source>
        <translation>，显示 %1 条</translation>
    </message>
    <message numerus="yes">
        <source> — paused, %n waiting</source>
        <translation>
            <numerusform> — 已暂停，%n 条等待中</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1 nodes watched in %2 subtree(s)</source>
        <translation> — 在 %2 个子树中监听 %1 个节点</translation>
    </message>
    <message>
        <source>stopped watching this subtree</source>
        <translation>已停止监听此子树</translation>
    </message>
    <message>
        <source>Stop watching subtree in log</source>
        <translation>停止在日志中监听子树</translation>
    </message>
    <message>
        <source>Watch subtree in log</source>
        <translation>在日志中监听子树</translation>
    </message>
    <message>
        <source>Log every change below this node, even collapsed (at most %1 nodes)</source>
        <translation>记录此节点下的每一次变化，即使处于折叠状态（最多 %1 个节点）</translation>
    </message>
    <message>
        <source>Export the watch log</source>
        <translation>导出监听日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>WatchLogModel</name>
    <message>
        <source>version %1 → %2</source>
        <translation>版本 %1 → %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>, %1 changes coalesced</source>
        <translation>，合并了 %1 次变化</translation>
    </message>
    <message>
        <source>(%1 added, %2 removed)</source>
        <translation>（新增 %1，删除 %2）</translation>
    </message>
    <message numerus="yes">
        <source>(%n events coalesced)</source>
        <translation>
            <numerusform>（合并了 %n 条事件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, not re-read yet</source>
        <translation>
            <numerusform>%n 条事件，尚未重新读取</numerusform>
        </translation>
    </message>
    <message>
        <source> (values dropped: log memory cap)</source>
        <translation>（值已丢弃：日志内存上限）</translation>
    </message>
    <message>
        <source> (values cut at %1)</source>
        <translation>（值在 %1 处截断）</translation>
    </message>
    <message>
        <source>Double-click to compare the old and new value</source>
        <translation>双击比较新旧值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1，服务器 %2</translation>
    </message>
</context>
<context>
    <name>WatchLogType</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>data changed</source>
        <translation>数据已变更</translation>
    </message>
    <message>
        <source>children changed</source>
        <translation>子节点已变更</translation>
    </message>
    <message>
        <source>session state</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ZNodeDecorationProxy</name>
    <message>
        <source>Name — reconnecting (stale)</source>
        <translation>名称 — 正在重连（数据可能过期）</translation>
    </message>
    <message>
        <source>Locked: this session may not list the children of %1 (its ACL does not grant READ), so they cannot be shown. The ACL tab says who may.</source>
        <translation>已锁定：本会话无权列出 %1 的子节点（其 ACL 未授予 READ），因此无法显示。ACL 标签页中可以看到谁有权限。</translation>
    </message>
    <message>
        <source>Could not load the children: %1</source>
        <translation>无法加载子节点：%1</translation>
    </message>
    <message>
        <source>Ephemeral node, owned by session %1</source>
        <translation>临时节点，属于会话 %1</translation>
    </message>
    <message>
        <source>Container node</source>
        <translation>容器节点</translation>
    </message>
    <message>
        <source>TTL node</source>
        <translation>TTL 节点</translation>
    </message>
    <message>
        <source>Name looks sequential</source>
        <translation>名称看起来是顺序节点</translation>
    </message>
</context>
<context>
    <name>ZNodeTreeModel</name>
    <message>
        <source>not authorised to list children (%1)</source>
        <translation>无权列出子节点（%1）</translation>
    </message>
    <message>
        <source>could not list children: %1</source>
        <translation>无法列出子节点：%1</translation>
    </message>
    <message>
        <source>the tree is not loaded</source>
        <translation>树尚未加载</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>子节点</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>数据大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ZkCliText</name>
    <message>
        <source>Node does not exist: %1</source>
        <translation>Node does not exist: %1</translation>
    </message>
    <message>
        <source>Node already exists: %1</source>
        <translation>Node already exists: %1</translation>
    </message>
    <message>
        <source>Node not empty: %1</source>
        <translation>Node not empty: %1</translation>
    </message>
    <message>
        <source>version No is not valid : %1</source>
        <translation>version No is not valid : %1</translation>
    </message>
    <message>
        <source>Insufficient permission : %1</source>
        <translation>Insufficient permission : %1</translation>
    </message>
    <message>
        <source>Quota has exceeded : %1 (a hard quota limit of this subtree; see listquota)</source>
        <translation>Quota has exceeded : %1（此子树的硬配额限制；见 listquota）</translation>
    </message>
    <message>
        <source>Ephemerals cannot have children: %1</source>
        <translation>Ephemerals cannot have children: %1</translation>
    </message>
    <message>
        <source>Acl is not valid : %1</source>
        <translation>Acl is not valid : %1</translation>
    </message>
</context>
<context>
    <name>ZkClientInfo</name>
    <message>
        <source>This zkdesk uses the system&apos;s ZooKeeper C client, which is built without TLS and SASL. Build zkdesk with its own client (the default, -DZKDESK_SYSTEM_ZKCLIENT=OFF) to connect to secure clusters.</source>
        <translation>此 zkdesk 使用系统自带的 ZooKeeper C 客户端，该客户端编译时未包含 TLS 和 SASL。请使用 zkdesk 自带的客户端构建（默认选项 -DZKDESK_SYSTEM_ZKCLIENT=OFF），以连接安全集群。</translation>
    </message>
</context>
<context>
    <name>ZkConnectProbe</name>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>host %1: name not found</source>
        <translation>主机 %1：找不到该名称</translation>
    </message>
</context>
<context>
    <name>ZkError</name>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>system error in the ZooKeeper client (for example the host name could not be resolved)</source>
        <translation>ZooKeeper 客户端系统错误（例如无法解析主机名）</translation>
    </message>
    <message>
        <source>runtime inconsistency in the ZooKeeper client</source>
        <translation>ZooKeeper 客户端运行时不一致</translation>
    </message>
    <message>
        <source>data inconsistency in the ZooKeeper client</source>
        <translation>ZooKeeper 客户端数据不一致</translation>
    </message>
    <message>
        <source>connection to the server lost</source>
        <translation>与服务器的连接已丢失</translation>
    </message>
    <message>
        <source>the request or reply could not be encoded (is the data too large?)</source>
        <translation>请求或响应无法编码（数据是否太大？）</translation>
    </message>
    <message>
        <source>not supported by this server (TTL nodes need extendedTypesEnabled=true)</source>
        <translation>此服务器不支持（TTL 节点需要 extendedTypesEnabled=true）</translation>
    </message>
    <message>
        <source>operation timed out</source>
        <translation>操作超时</translation>
    </message>
    <message>
        <source>invalid arguments</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>the session is no longer valid (expired or closed): reconnect</source>
        <translation>会话已失效（已过期或已关闭）：请重新连接</translation>
    </message>
    <message>
        <source>no quorum of the new configuration is connected</source>
        <translation>新配置中没有达到法定人数的服务器已连接</translation>
    </message>
    <message>
        <source>another reconfiguration is in progress</source>
        <translation>另一个重新配置正在进行</translation>
    </message>
    <message>
        <source>TLS connection error</source>
        <translation>TLS 连接错误</translation>
    </message>
    <message>
        <source>ZooKeeper API error</source>
        <translation>ZooKeeper API 错误</translation>
    </message>
    <message>
        <source>node does not exist</source>
        <translation>节点不存在</translation>
    </message>
    <message>
        <source>not authorised: the node&apos;s ACL does not grant this session the permission</source>
        <translation>未授权：节点的 ACL 没有授予本会话该权限</translation>
    </message>
    <message>
        <source>version conflict: the node was changed by someone else since it was read</source>
        <translation>版本冲突：读取之后节点已被他人修改</translation>
    </message>
    <message>
        <source>ephemeral nodes cannot have children</source>
        <translation>临时节点不能有子节点</translation>
    </message>
    <message>
        <source>node already exists</source>
        <translation>节点已存在</translation>
    </message>
    <message>
        <source>node has children</source>
        <translation>节点有子节点</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>会话已过期</translation>
    </message>
    <message>
        <source>invalid callback</source>
        <translation>无效的回调</translation>
    </message>
    <message>
        <source>invalid ACL (empty, or an &quot;auth&quot; entry while this session has no credentials)</source>
        <translation>无效的 ACL（为空，或本会话没有凭据却使用了“auth”条目）</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>no server responses to process</source>
        <translation>没有需要处理的服务器响应</translation>
    </message>
    <message>
        <source>session moved to another server</source>
        <translation>会话已转移到另一台服务器</translation>
    </message>
    <message>
        <source>the server is read-only</source>
        <translation>服务器处于只读状态</translation>
    </message>
    <message>
        <source>ephemeral nodes cannot be created on a local session</source>
        <translation>不能在本地会话上创建临时节点</translation>
    </message>
    <message>
        <source>no such watch</source>
        <translation>没有这个 watch</translation>
    </message>
    <message>
        <source>reconfiguration is disabled on the server</source>
        <translation>服务器禁用了重新配置</translation>
    </message>
    <message>
        <source>session closed: the server requires SASL authentication</source>
        <translation>会话已关闭：服务器要求 SASL 认证</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>the server is overloaded and throttled the request: try again</source>
        <translation>服务器过载，请求被限流：请重试</translation>
    </message>
    <message>
        <source>unknown ZooKeeper error %1</source>
        <translation>未知的 ZooKeeper 错误 %1</translation>
    </message>
</context>
<context>
    <name>ZkMultiRequest</name>
    <message>
        <source>operation %1 of %2 failed (%3); nothing was applied</source>
        <translation>第 %1 个操作（共 %2 个）失败（%3）；没有应用任何操作</translation>
    </message>
    <message>
        <source>TTL nodes cannot be created inside a transaction (the ZooKeeper C client does not support it)</source>
        <translation>不能在事务中创建 TTL 节点（ZooKeeper C 客户端不支持）</translation>
    </message>
    <message>
        <source>a transaction needs at least one operation</source>
        <translation>事务至少需要一个操作</translation>
    </message>
</context>
<context>
    <name>ZkPath</name>
    <message>
        <source>%1 contains a null character at position %2: remove it</source>
        <translation>%1 在位置 %2 处包含空字符：请删除它</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed in a ZooKeeper %3 (the server refuses characters outside the Basic Multilingual Plane, such as emoji)</source>
        <translation>位置 %2 处的字符 %1 不允许出现在 ZooKeeper %3 中（服务器拒绝基本多文种平面之外的字符，如 emoji）</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed in a ZooKeeper %3</source>
        <translation>位置 %2 处的字符 %1 不允许出现在 ZooKeeper %3 中</translation>
    </message>
    <message>
        <source>path is empty: enter an absolute path such as /app/config</source>
        <translation>路径为空：请输入绝对路径，例如 /app/config</translation>
    </message>
    <message>
        <source>path must start with &quot;/&quot;</source>
        <translation>路径必须以“/”开头</translation>
    </message>
    <message>
        <source>path must not end with &quot;/&quot; (only the root &quot;/&quot; may)</source>
        <translation>路径不能以“/”结尾（只有根路径“/”可以）</translation>
    </message>
    <message>
        <source>path contains an empty component (&quot;//&quot;) at position %1</source>
        <translation>路径在位置 %1 处包含空的部分（“//”）</translation>
    </message>
    <message>
        <source>path contains a relative component (&quot;%1&quot;) at position %2: ZooKeeper paths are always absolute</source>
        <translation>路径在位置 %2 处包含相对部分（“%1”）：ZooKeeper 路径总是绝对路径</translation>
    </message>
    <message>
        <source>name is empty: enter a node name</source>
        <translation>名称为空：请输入节点名</translation>
    </message>
    <message>
        <source>name contains &quot;/&quot; at position %1: enter a single name, not a path</source>
        <translation>名称在位置 %1 处包含“/”：请输入单个名称，而不是路径</translation>
    </message>
</context>
<context>
    <name>ZkRequestBuilder</name>
    <message>
        <source>invalid path &quot;%1&quot;: %2</source>
        <translation>无效路径“%1”：%2</translation>
    </message>
    <message>
        <source>this connection is read-only: writes are disabled (reconnect without &quot;read-only&quot; to change data)</source>
        <translation>此连接是只读的：写操作已禁用（取消“只读”后重新连接才能修改数据）</translation>
    </message>
    <message>
        <source>request too large: %1 bytes, but the server accepts at most %2 bytes (1 MB, jute.maxbuffer) per request including path and ACL; make the data smaller</source>
        <translation>请求过大：%1 字节，而服务器每个请求（包括路径和 ACL）最多接受 %2 字节（1 MB，jute.maxbuffer）；请减小数据</translation>
    </message>
    <message>
        <source>the ACL is empty: a node needs at least one entry</source>
        <translation>ACL 为空：节点至少需要一个条目</translation>
    </message>
    <message>
        <source>TTL must be between 1 and %1 ms</source>
        <translation>TTL 必须在 1 到 %1 毫秒之间</translation>
    </message>
</context>
<context>
    <name>ZkRequestQueue</name>
    <message>
        <source>: the outcome of this write is unknown</source>
        <translation>：此次写入的结果未知</translation>
    </message>
    <message>
        <source> before the server answered: the outcome of this write is unknown</source>
        <translation>，发生在服务器响应之前：此次写入的结果未知</translation>
    </message>
</context>
<context>
    <name>ZkSaslSettings</name>
    <message>
        <source>SASL DIGEST-MD5 needs a user name.</source>
        <translation>SASL DIGEST-MD5 需要用户名。</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 needs the password of %1.</source>
        <translation>SASL DIGEST-MD5 需要 %1 的密码。</translation>
    </message>
    <message>
        <source>SASL GSSAPI needs the service name of the server&apos;s principal (usually &quot;zookeeper&quot;).</source>
        <translation>SASL GSSAPI 需要服务器主体的服务名（通常是“zookeeper”）。</translation>
    </message>
</context>
<context>
    <name>ZkSession</name>
    <message>
        <source> (credentials hidden)</source>
        <translation>（凭据已隐藏）</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>no server answered within %1 s at %2</source>
        <translation>%2 上没有服务器在 %1 秒内响应</translation>
    </message>
    <message>
        <source>: check the address and port, and that the server is running and reachable</source>
        <translation>：请检查地址和端口，以及服务器是否在运行且可以访问</translation>
    </message>
    <message>
        <source>not connected: open a connection first</source>
        <translation>未连接：请先打开连接</translation>
    </message>
    <message>
        <source>could not start a connection to %1: %2</source>
        <translation>无法开始连接 %1：%2</translation>
    </message>
    <message>
        <source>TLS and SASL together are not supported by the ZooKeeper 3.8 C client (ZOOKEEPER-3482): use one of them for this connection.</source>
        <translation>ZooKeeper 3.8 C 客户端不支持同时使用 TLS 和 SASL（ZOOKEEPER-3482）：此连接请只用其中一种。</translation>
    </message>
    <message>
        <source>SASL DIGEST-MD5 authentication failed for user %1: the server refused the user name or password (AUTH_FAILED)</source>
        <translation>用户 %1 的 SASL DIGEST-MD5 认证失败：服务器拒绝了用户名或密码（AUTH_FAILED）</translation>
    </message>
    <message>
        <source>SASL GSSAPI authentication failed for %1 (AUTH_FAILED): check that the server&apos;s principal is %2/%3 and that it accepts this ticket</source>
        <translation>%1 的 SASL GSSAPI 认证失败（AUTH_FAILED）：请检查服务器主体是否为 %2/%3，以及它是否接受此票据</translation>
    </message>
    <message>
        <source>SASL GSSAPI: %1</source>
        <translation>SASL GSSAPI：%1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>Cyrus SASL could not start: %1</source>
        <translation>Cyrus SASL 无法启动：%1</translation>
    </message>
    <message>
        <source>this zkdesk&apos;s ZooKeeper client is built without SASL</source>
        <translation>此 zkdesk 使用的 ZooKeeper 客户端编译时未包含 SASL</translation>
    </message>
</context>
<context>
    <name>ZkTlsProbe</name>
    <message>
        <source>certificate verify failed: unknown issuer</source>
        <translation>证书验证失败：颁发者未知（unknown issuer）</translation>
    </message>
    <message>
        <source>certificate verify failed: certificate has expired</source>
        <translation>证书验证失败：证书已过期（certificate has expired）</translation>
    </message>
    <message>
        <source>certificate verify failed: certificate is not yet valid</source>
        <translation>证书验证失败：证书尚未生效（certificate is not yet valid）</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate is not for this host</source>
        <translation>主机名不匹配（host name mismatch）：证书不是颁发给此主机的</translation>
    </message>
    <message>
        <source>The client key cannot be read: %1</source>
        <translation>无法读取客户端私钥：%1</translation>
    </message>
    <message>
        <source>The client key does not open: it is not a PEM private key, or it needs a password.</source>
        <translation>无法打开客户端私钥：它不是 PEM 私钥，或需要密码。</translation>
    </message>
    <message>
        <source>The client key does not open: wrong password, or not a PEM private key.</source>
        <translation>无法打开客户端私钥：密码错误，或不是 PEM 私钥。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the CA file %1</source>
        <translation>无法从 CA 文件 %1 读取 PEM 证书</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the client certificate file %1</source>
        <translation>无法从客户端证书文件 %1 读取 PEM 证书</translation>
    </message>
    <message>
        <source>Qt has no TLS backend (OpenSSL) here, so the server cannot be checked.</source>
        <translation>此处的 Qt 没有 TLS 后端（OpenSSL），无法检查服务器。</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>%1 秒内未完成 TLS 握手</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (SHA-256 %1) is not the pinned one</source>
        <translation>服务器证书（SHA-256 %1）不是已固定的那一张</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (is %2 the server&apos;s secureClientPort, and does it take this client?)</source>
        <translation>TLS 握手失败：%1（%2 是服务器的 secureClientPort 吗？它接受此客户端吗？）</translation>
    </message>
    <message>
        <source>the server refused the connection: it needs a client certificate it trusts (ssl.clientAuth=need), and this profile has none or one it does not trust: %1</source>
        <translation>服务器拒绝了连接：它需要一张它信任的客户端证书（ssl.clientAuth=need），而此配置没有证书或证书不受其信任：%1</translation>
    </message>
</context>
<context>
    <name>ZkTlsSettings</name>
    <message>
        <source>The %1 path contains a comma, which the ZooKeeper C client cannot take (it splits its TLS settings on commas): %2. Move or link the file to a path without a comma.</source>
        <translation>%1 的路径包含逗号，ZooKeeper C 客户端无法处理（它按逗号拆分 TLS 设置）：%2。请把文件移动或链接到不含逗号的路径。</translation>
    </message>
    <message>
        <source>The %1 file does not exist: %2</source>
        <translation>%1 文件不存在：%2</translation>
    </message>
    <message>
        <source>The %1 file cannot be read: %2</source>
        <translation>无法读取 %1 文件：%2</translation>
    </message>
    <message>
        <source>TLS needs a CA certificate file (PEM).</source>
        <translation>TLS 需要 CA 证书文件（PEM）。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <source>A key password needs a client key.</source>
        <translation>私钥密码需要配合客户端私钥使用。</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>The key password contains a comma, which the ZooKeeper C client cannot take (it splits its TLS settings on commas).</source>
        <translation>私钥密码包含逗号，ZooKeeper C 客户端无法处理（它按逗号拆分 TLS 设置）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect at start to &lt;connection string&gt;.</source>
        <translation>启动时连接到 &lt;connection string&gt;。</translation>
    </message>
    <message>
        <source>Start a local throwaway ZooKeeper server with demo data and connect to it; it is removed at exit.</source>
        <translation>启动一个带演示数据的本地临时 ZooKeeper 服务器并连接；退出时删除。</translation>
    </message>
    <message>
        <source>Connect at start through the saved connection &lt;name&gt; (File &gt; Connections…).</source>
        <translation>启动时通过已保存的连接 &lt;name&gt; 连接（文件 &gt; 连接管理…）。</translation>
    </message>
    <message>
        <source>Refuse every write on the connection.</source>
        <translation>拒绝连接上的所有写操作。</translation>
    </message>
    <message>
        <source>Browse and edit Apache ZooKeeper.</source>
        <translation>浏览和编辑 Apache ZooKeeper。</translation>
    </message>
    <message>
        <source>Znode to select after connecting.</source>
        <translation>连接后要选中的 znode。</translation>
    </message>
    <message>
        <source>--sandbox, --connect and --profile cannot be used together</source>
        <translation>--sandbox、--connect 和 --profile 不能同时使用</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection</source>
        <translation>--profile 需要一个已保存连接的名称</translation>
    </message>
    <message>
        <source>invalid --connect string &quot;%1&quot;: %2</source>
        <translation>无效的 --connect 字符串“%1”：%2</translation>
    </message>
    <message>
        <source>at most one PATH may be given</source>
        <translation>最多只能给出一个 PATH</translation>
    </message>
    <message>
        <source>invalid PATH &quot;%1&quot;: %2</source>
        <translation>无效的 PATH“%1”：%2</translation>
    </message>
    <message>
        <source>PATH needs --connect, --profile or --sandbox</source>
        <translation>PATH 需要配合 --connect、--profile 或 --sandbox 使用</translation>
    </message>
    <message>
        <source>With --sandbox: the server takes TLS only, with a throwaway CA and a client certificate.</source>
        <translation>与 --sandbox 一起使用：服务器只接受 TLS，使用临时 CA 和客户端证书。</translation>
    </message>
    <message>
        <source>With --sandbox: the server asks for SASL DIGEST-MD5 (user zkdesk, a random password).</source>
        <translation>与 --sandbox 一起使用：服务器要求 SASL DIGEST-MD5（用户 zkdesk，随机密码）。</translation>
    </message>
    <message>
        <source>--tls and --sasl go with --sandbox</source>
        <translation>--tls 和 --sasl 需与 --sandbox 一起使用</translation>
    </message>
    <message>
        <source>--tls and --sasl cannot be used together: the ZooKeeper 3.8 C client does not support both on one connection (ZOOKEEPER-3482)</source>
        <translation>--tls 和 --sasl 不能同时使用：ZooKeeper 3.8 C 客户端不支持在同一连接上同时使用两者（ZOOKEEPER-3482）</translation>
    </message>
</context>
</TS>
