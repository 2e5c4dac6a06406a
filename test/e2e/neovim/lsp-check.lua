-- Drives factline-ls from Neovim's built-in LSP client (Neovim 0.7.2, headless), as a Neovim user
-- with no Factline-specific plugin would: start the server, attach it to the draft, read the
-- diagnostics it published, ask for a hover and for code actions, apply the quick fix's edit and
-- wait for the diagnostics to update. Writes what it saw as JSON to $FACTLINE_NVIM_OUT.
--
--   FACTLINE_NVIM_CMD   JSON array: the server command (e.g. ["node","dist/server.js","--stdio"])
--   FACTLINE_NVIM_ROOT  workspace folder (root_dir)
--   FACTLINE_NVIM_DRAFT the draft to open
--   FACTLINE_NVIM_FIGURE the mismatched figure to hover and fix (e.g. 130,000)
--   FACTLINE_NVIM_OUT   where to write the JSON report
local out_path = os.getenv('FACTLINE_NVIM_OUT')
local report = { steps = {}, errors = {} }

local function finish()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('qa!')
end

-- A failed step is recorded; a `fatal` one also ends the session (later steps need what it made).
local function step(name, fn, fatal)
  local t0 = vim.loop.hrtime()
  local ok, err = pcall(fn)
  report.steps[#report.steps + 1] = { name = name, ms = math.floor((vim.loop.hrtime() - t0) / 1e6), ok = ok }
  if not ok then
    if fatal then error(name .. ': ' .. tostring(err), 0) end
    report.errors[#report.errors + 1] = name .. ': ' .. tostring(err)
  end
  return ok
end

local ok_main, err_main = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('FACTLINE_NVIM_CMD'))
  local root = os.getenv('FACTLINE_NVIM_ROOT')
  local draft = os.getenv('FACTLINE_NVIM_DRAFT')
  local figure = os.getenv('FACTLINE_NVIM_FIGURE')
  local buf, client_id, client

  step('open', function()
    vim.cmd('edit ' .. vim.fn.fnameescape(draft))
    buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'markdown'
  end, true)

  step('start', function()
    client_id = vim.lsp.start_client({
      name = 'factline',
      cmd = cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
      on_exit = function(code, signal) report.exit = { code = code, signal = signal } end,
    })
    assert(client_id, 'start_client returned nil')
    assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')
    assert(vim.wait(15000, function()
      client = vim.lsp.get_client_by_id(client_id)
      return client ~= nil and client.initialized
    end, 20), 'the server did not initialize')
    report.serverInfo = client.server_info
    report.capabilities = {
      hover = client.server_capabilities.hoverProvider and true or false,
      codeAction = client.server_capabilities.codeActionProvider and true or false,
      textDocumentSync = client.server_capabilities.textDocumentSync,
    }
  end, true)

  local function diagnostics()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
      out[#out + 1] = {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        text = string.sub(line, d.col + 1, d.end_col),
        message = d.message, code = d.code, source = d.source, severity = d.severity,
        fix = d.user_data and d.user_data.lsp and d.user_data.lsp.data and d.user_data.lsp.data.fix or vim.NIL,
      }
    end
    table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return out
  end

  step('diagnostics', function()
    assert(vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics within 20 s')
    vim.wait(1000, function() return false end, 50) -- let a second publish land, if any
    report.diagnostics = diagnostics()
  end, true)

  local target
  for _, d in ipairs(report.diagnostics) do
    if d.text == figure then target = d end
  end
  assert(target, 'no diagnostic on ' .. figure)
  local uri = vim.uri_from_bufnr(buf)
  local lsp_range = {
    start = { line = target.lnum, character = target.col },
    ['end'] = { line = target.end_lnum, character = target.end_col },
  } -- ASCII line: bytes = UTF-16 units

  step('hover', function()
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = { line = target.lnum, character = target.col + 1 },
    }, 10000)
    assert(res and res[client_id], 'no hover response')
    assert(not res[client_id].err, vim.inspect(res[client_id].err))
    local r = res[client_id].result
    assert(r, 'hover result is null')
    local c = r.contents
    report.hover = type(c) == 'string' and c or c.value or vim.inspect(c)
  end)

  local fixed = step('codeAction', function()
    local lsp_diags = vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum, {}, client_id)
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = lsp_range,
      context = { diagnostics = lsp_diags },
    }, 10000)
    assert(res and res[client_id], 'no codeAction response')
    assert(not res[client_id].err, vim.inspect(res[client_id].err))
    local actions = res[client_id].result or {}
    report.actions = {}
    local chosen
    for _, a in ipairs(actions) do
      report.actions[#report.actions + 1] = { title = a.title, kind = a.kind or vim.NIL, isPreferred = a.isPreferred or false }
      if a.isPreferred and a.kind == 'quickfix' and not chosen then chosen = a end
    end
    assert(chosen, 'no preferred quick fix among ' .. #actions .. ' actions')
    if not chosen.edit and client.server_capabilities.codeActionProvider.resolveProvider then
      local r = vim.lsp.buf_request_sync(buf, 'codeAction/resolve', chosen, 10000)
      chosen = r[client_id].result or chosen
    end
    assert(chosen.edit, 'the quick fix has no edit')
    report.applied = chosen.title
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
    report.lineAfterFix = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1]
  end)

  if fixed then step('diagnosticsAfterFix', function()
    local before = #report.diagnostics
    assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) == before - 1 end, 20),
      'diagnostics did not drop from ' .. before .. ' to ' .. (before - 1) .. ' (now ' .. #vim.diagnostic.get(buf) .. ')')
    report.diagnosticsAfterFix = diagnostics()
  end) end
end)
if not ok_main then report.errors[#report.errors + 1] = tostring(err_main) end
finish()
